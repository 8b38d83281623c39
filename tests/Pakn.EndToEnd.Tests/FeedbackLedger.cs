using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;

namespace Pakn.EndToEnd.Tests;

/// <summary>What the shared database says happened to the submissions, read after the hosts drained.</summary>
internal sealed class FeedbackLedger
{
    // The names the consumers mark their work with (ProcessedMessages.Consumer).
    public const string RouteConsumer = "routing.route-feedback";
    public const string AssignConsumer = "handlers.assign-feedback";
    public const string TriageConsumer = "handlers.triage-feedback";

    private FeedbackLedger(
        List<ItemRow> items,
        List<AuditEntry> audit,
        List<ProcessedMessage> processed,
        int outboxRows)
    {
        Items = items;
        Audit = audit;
        Processed = processed;
        OutboxRows = outboxRows;
    }

    public IReadOnlyList<ItemRow> Items { get; }
    public IReadOnlyList<AuditEntry> Audit { get; }
    public IReadOnlyList<ProcessedMessage> Processed { get; }
    public int OutboxRows { get; }

    public static async Task<FeedbackLedger> LoadAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.Feedback.AsNoTracking()
            .Select(f => new ItemRow(f.Id, f.TrackingCode, f.State, f.FieldCode, f.UnitCode, f.ReceivedAt,
                f.AssignedAt, f.FirstResponseDueAt, f.ResolutionDueAt))
            .ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().ToListAsync(cancellationToken);
        var processed = await db.ProcessedMessages.AsNoTracking().ToListAsync(cancellationToken);
        var outbox = await db.OutboxMessages.CountAsync(cancellationToken);
        return new FeedbackLedger(items, audit, processed, outbox);
    }

    /// <summary>
    /// Every accepted submission is stored once, placed as its content says, audited exactly
    /// once per transition, and every event was relayed and handled once per consumer.
    /// </summary>
    public void AssertEachHandledExactlyOnce(IReadOnlyDictionary<string, Submission> accepted)
    {
        var problems = new List<string>();

        Assert.Equal(accepted.Count, Items.Count);
        Assert.Equal(accepted.Keys.Order(StringComparer.Ordinal), Items.Select(i => i.TrackingCode).Order(StringComparer.Ordinal));

        var auditByItem = Audit.ToLookup(a => a.FeedbackId);
        foreach (var item in Items)
        {
            var submission = accepted[item.TrackingCode];
            var label = $"{item.TrackingCode} (#{submission.Index} “{submission.Content}”, {submission.Area})";
            var expectedState = submission.ExpectsTriage ? FeedbackState.NeedsTriage : FeedbackState.Assigned;
            if (item.State != expectedState)
            {
                problems.Add($"{label}: {item.State}, expected {expectedState}");
            }
            else if (expectedState == FeedbackState.Assigned)
            {
                if (item.UnitCode != submission.ExpectedUnit || item.FieldCode != submission.ExpectedField)
                {
                    problems.Add($"{label}: assigned to {item.UnitCode} for {item.FieldCode}, expected {submission.ExpectedUnit} for {submission.ExpectedField}");
                }

                if (item.AssignedAt is null || item.FirstResponseDueAt is not { } firstResponse || item.ResolutionDueAt is not { } resolution
                    || firstResponse <= item.ReceivedAt || resolution < firstResponse)
                {
                    problems.Add($"{label}: assigned without sound due times (assigned {item.AssignedAt}, first response {item.FirstResponseDueAt}, resolution {item.ResolutionDueAt})");
                }
            }
            else if (item.UnitCode is not null)
            {
                problems.Add($"{label}: in triage but has unit {item.UnitCode}");
            }

            // Exactly one entry per transition: Received once, then the routing outcome once.
            var transitions = auditByItem[item.Id].Select(a => (a.FromState, a.ToState)).ToList();
            (FeedbackState?, FeedbackState)[] expected = [(null, FeedbackState.Received), (FeedbackState.Received, expectedState)];
            if (!transitions.Order().SequenceEqual(expected.Order()))
            {
                problems.Add($"{label}: audit trail [{string.Join(", ", transitions.Select(t => $"{t.FromState?.ToString() ?? "-"}→{t.ToState}"))}], expected Received once and {expectedState} once");
            }
        }

        var orphanAudit = Audit.Select(a => a.FeedbackId).Except(Items.Select(i => i.Id)).Count();
        if (orphanAudit > 0)
        {
            problems.Add($"{orphanAudit} audit entries belong to no item");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join('\n', problems.Take(30))}");

        Assert.Equal(0, OutboxRows);

        // The primary key makes (message, consumer) unique; the counts show each event was handled once.
        Assert.Equal(Processed.Count, Processed.Select(p => (p.MessageId, p.Consumer)).Distinct().Count());
        var triage = accepted.Values.Count(s => s.ExpectsTriage);
        var byConsumer = Processed.GroupBy(p => p.Consumer).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(accepted.Count, byConsumer.GetValueOrDefault(RouteConsumer));
        Assert.Equal(accepted.Count - triage, byConsumer.GetValueOrDefault(AssignConsumer));
        Assert.Equal(triage, byConsumer.GetValueOrDefault(TriageConsumer));
    }

    public sealed record ItemRow(
        Guid Id,
        string TrackingCode,
        FeedbackState State,
        string? FieldCode,
        string? UnitCode,
        DateTimeOffset ReceivedAt,
        DateTimeOffset? AssignedAt,
        DateTimeOffset? FirstResponseDueAt,
        DateTimeOffset? ResolutionDueAt);
}
