using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;

namespace Pakn.AdminUi.Pages.Approvals;

/// <summary>One thing waiting for the unit head: an officer's answer or a request for more time.</summary>
public sealed record ApprovalRow(
    string TrackingCode,
    string UnitCode,
    string? UnitName,
    string Content,
    DateTimeOffset? ResolutionDueAt,
    bool AnswerPending,
    string? DraftAnswer,
    string? DraftAnswerBy,
    DateTimeOffset? DraftAnswerAt,
    bool ExtensionPending,
    string? ExtensionReason,
    DateTimeOffset? ExtensionNewDueAt,
    string? ExtensionRequestedBy);

public sealed class ApprovalQueries(PaknDbContext db)
{
    /// <summary>Only the units this person heads: a head of another unit sees nothing of them here.</summary>
    public async Task<IReadOnlyList<ApprovalRow>> ListAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        var units = scope.Units.Where(scope.IsHeadOf).ToList();
        if (units.Count == 0)
        {
            return [];
        }

        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.UnitCode != null && units.Contains(f.UnitCode))
            .Where(f => f.AnswerApproval == AnswerApproval.Pending || f.ExtensionState == ExtensionState.Requested)
            .Select(f => new ApprovalRow(
                f.TrackingCode,
                f.UnitCode!,
                db.Units.Where(u => u.Code == f.UnitCode).Select(u => u.Name).FirstOrDefault(),
                f.Content,
                f.ResolutionDueAt,
                f.AnswerApproval == AnswerApproval.Pending,
                f.DraftAnswer,
                f.DraftAnswerBy,
                f.DraftAnswerAt,
                f.ExtensionState == ExtensionState.Requested,
                f.ExtensionReason,
                f.ExtensionNewDueAt,
                f.ExtensionRequestedBy))
            .Take(500)
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by DateTimeOffset.
        return [.. rows.OrderBy(r => r.ResolutionDueAt ?? DateTimeOffset.MaxValue)];
    }
}
