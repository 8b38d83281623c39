using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Triage;

public sealed record TriageRow(
    string TrackingCode,
    string Text,
    string? AreaCode,
    Channel Channel,
    bool Confidential,
    DateTimeOffset ReceivedAt,
    string? Reason,
    IReadOnlyList<string> SuggestedFields,
    string? PossibleDuplicateOf);

/// <summary>What routing could not place, oldest first, with routing's reason and suggestions.</summary>
public sealed class TriageQueries(PaknDbContext db, TimeProvider time)
{
    private const string SuggestionMarker = "Gợi ý lĩnh vực:";

    /// <summary>An item routing has not answered for this long is the coordinators' too.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(10);

    public async Task<IReadOnlyList<TriageRow>> ListAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        if (!scope.IsCoordinator)
        {
            return [];
        }

        var stalled = time.GetUtcNow() - StalledAfter;
        var items = await db.Feedback.AsNoTracking().VisibleTo(scope)
            .Where(f => f.State == FeedbackState.NeedsTriage || (f.State == FeedbackState.Received && f.ReceivedAt < stalled))
            .OrderBy(f => f.ReceivedAt)
            .Take(500)
            .Select(f => new
            {
                f.TrackingCode, f.Title, f.Content, f.AreaCode, f.Channel, f.Confidential, f.ReceivedAt, f.StateReason,
                Duplicate = db.Feedback.Where(o => o.Id == f.PossibleDuplicateOfId).Select(o => o.TrackingCode).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. items.Select(f => new TriageRow(
            f.TrackingCode,
            f.Title is { Length: > 0 } title ? title : f.Content.Length > 200 ? string.Concat(f.Content.AsSpan(0, 200), "…") : f.Content,
            f.AreaCode,
            f.Channel,
            f.Confidential,
            f.ReceivedAt,
            f.StateReason,
            Suggestions(f.StateReason),
            f.Duplicate))];
    }

    /// <summary>
    /// Routing's suggestions reach the item only inside its triage note ("… Gợi ý lĩnh vực: A, B.");
    /// read them back until they are stored on their own.
    /// </summary>
    public static IReadOnlyList<string> Suggestions(string? reason)
    {
        var at = reason?.LastIndexOf(SuggestionMarker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return [];
        }

        return [.. reason![(at + SuggestionMarker.Length)..].TrimEnd('.', ' ')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
