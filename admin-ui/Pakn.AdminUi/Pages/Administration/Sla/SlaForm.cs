using Pakn.Core.Feedback;
using Pakn.Core.Sla;

namespace Pakn.AdminUi.Pages.Administration.Sla;

/// <summary>A policy as an administrator edits it; the warning point is typed in percent.</summary>
public sealed class SlaForm
{
    public string? FieldCode { get; set; }
    public Severity? Severity { get; set; }
    public double FirstResponseHours { get; set; } = 24;
    public double? FirstResponseWorkingHours { get; set; }
    public int? ResolutionWorkingDays { get; set; }
    public double? ResolutionWorkingHours { get; set; }
    public int ForwardWorkingDays { get; set; } = 5;
    public int UpdateIntervalWorkingDays { get; set; } = 5;
    public int WarningPercent { get; set; } = 75;
    public string? Note { get; set; }

    public static SlaForm From(SlaPolicy policy) => new()
    {
        FieldCode = policy.FieldCode,
        Severity = policy.Severity,
        FirstResponseHours = policy.FirstResponseHours,
        FirstResponseWorkingHours = policy.FirstResponseWorkingHours,
        ResolutionWorkingDays = policy.ResolutionWorkingDays,
        ResolutionWorkingHours = policy.ResolutionWorkingHours,
        ForwardWorkingDays = policy.ForwardWorkingDays,
        UpdateIntervalWorkingDays = policy.UpdateIntervalWorkingDays,
        WarningPercent = (int)Math.Round(policy.WarningShare * 100),
    };

    public SlaPolicyDraft ToDraft() => new(
        FieldCode, Severity, FirstResponseHours, FirstResponseWorkingHours, ResolutionWorkingDays, ResolutionWorkingHours,
        ForwardWorkingDays, UpdateIntervalWorkingDays, WarningPercent / 100.0, Note);
}
