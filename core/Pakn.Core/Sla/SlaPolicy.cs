using Pakn.Core.Feedback;

namespace Pakn.Core.Sla;

/// <summary>
/// One version of the promises made for items of a field and severity. Rows are never changed
/// once saved (except to mark them superseded): editing a policy saves a new version, and an
/// item keeps the version it started with, so a changed promise never moves a running clock
/// or a past figure.
/// </summary>
public sealed class SlaPolicy
{
    /// <summary>The built-in defaults, seeded by the first migration that knows policies.</summary>
    public const int DefaultId = 1;
    public const int DefaultUrgentId = 2;

    public int Id { get; init; }

    /// <summary>The field this policy covers; null for every field without a policy of its own.</summary>
    public string? FieldCode { get; init; }

    /// <summary>The severity this policy covers; null for every severity without a policy of its own.</summary>
    public Severity? Severity { get; init; }

    /// <summary>Names the series of versions: "DO_THI|Urgent", "*|*".</summary>
    public string Scope { get; init; } = "";

    public int Version { get; init; }

    /// <summary>First response, wall clock from receipt (the plans' 24 hours).</summary>
    public double FirstResponseHours { get; init; } = 24;

    /// <summary>Khẩn: first response in working hours, and never later than <see cref="FirstResponseHours"/>.</summary>
    public double? FirstResponseWorkingHours { get; init; }

    /// <summary>Resolution in working days; null means the field's own number of days.</summary>
    public int? ResolutionWorkingDays { get; init; }

    /// <summary>Khẩn: resolution in working hours, used instead of days when set.</summary>
    public double? ResolutionWorkingHours { get; init; }

    /// <summary>A unit that is not competent forwards the item within this many working days.</summary>
    public int ForwardWorkingDays { get; init; } = 5;

    /// <summary>While the item is being worked on, the unit gives news at least this often.</summary>
    public int UpdateIntervalWorkingDays { get; init; } = 5;

    /// <summary>Share of each clock after which the unit and its head are warned.</summary>
    public double WarningShare { get; init; } = 0.75;

    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";

    /// <summary>Why this version was made (shown in the policy's history).</summary>
    public string? Note { get; init; }

    /// <summary>Set when a newer version of the same scope is saved; null for the current version.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    public static string ScopeOf(string? fieldCode, Severity? severity) =>
        $"{fieldCode ?? "*"}|{severity?.ToString() ?? "*"}";
}
