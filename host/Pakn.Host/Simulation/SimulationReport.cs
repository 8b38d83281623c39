using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;

namespace Pakn.Host.Simulation;

/// <summary>
/// The outcome, read from the database the pipeline wrote. "Overdue" is a missed resolution
/// deadline: breached by the sweeper, or answered after it; every one must have its letter.
/// "Overdue open" is the item's Overdue flag at the end (still open past a deadline). Approved
/// extensions also give letters, so letters can outnumber overdue items.
/// "Lost" is an item the simulation filed that is not in the database, or never left "received".
/// </summary>
internal sealed record SimulationReport
{
    [JsonPropertyName("received")] public int Received { get; init; }
    [JsonPropertyName("assigned")] public int Assigned { get; init; }
    [JsonPropertyName("triaged")] public int Triaged { get; init; }
    [JsonPropertyName("rejected")] public int Rejected { get; init; }
    [JsonPropertyName("acknowledged_on_time")] public int AcknowledgedOnTime { get; init; }
    [JsonPropertyName("acknowledged_late")] public int AcknowledgedLate { get; init; }
    [JsonPropertyName("first_response_breached")] public int FirstResponseBreached { get; init; }
    [JsonPropertyName("answered_on_time")] public int AnsweredOnTime { get; init; }
    [JsonPropertyName("answered_late")] public int AnsweredLate { get; init; }
    [JsonPropertyName("open")] public int Open { get; init; }
    [JsonPropertyName("overdue")] public int Overdue { get; init; }
    [JsonPropertyName("overdue_open")] public int OverdueOpen { get; init; }
    [JsonPropertyName("paused_for_information")] public int PausedForInformation { get; init; }
    [JsonPropertyName("extensions_requested")] public int ExtensionsRequested { get; init; }
    [JsonPropertyName("extensions_approved")] public int ExtensionsApproved { get; init; }
    [JsonPropertyName("apology_letters")] public int ApologyLetters { get; init; }
    [JsonPropertyName("items_overdue_without_letter")] public int ItemsOverdueWithoutLetter { get; init; }
    [JsonPropertyName("duplicate_letters")] public int DuplicateLetters { get; init; }
    [JsonPropertyName("published")] public int Published { get; init; }
    [JsonPropertyName("notifications")] public int Notifications { get; init; }
    [JsonPropertyName("staff_alerts")] public int StaffAlerts { get; init; }
    [JsonPropertyName("citizen_notifications")] public int CitizenNotifications { get; init; }
    [JsonPropertyName("notifications_failed")] public int NotificationsFailed { get; init; }
    [JsonPropertyName("lost")] public int Lost { get; init; }
    [JsonPropertyName("staff_actions")] public int StaffActions { get; init; }
    [JsonPropertyName("messages_published")] public long MessagesPublished { get; init; }
    [JsonPropertyName("consumer_faults")] public long ConsumerFaults { get; init; }
    [JsonPropertyName("wall_seconds")] public double WallSeconds { get; init; }

    public static async Task<SimulationReport> ReadAsync(PaknDbContext db, IReadOnlyCollection<Guid> filed, CancellationToken ct)
    {
        var items = db.Feedback.AsNoTracking();
        var states = await items.Select(f => new { f.Id, f.State }).ToDictionaryAsync(f => f.Id, f => f.State, ct);
        var overdue = items.Where(f => f.ResolutionBreached || f.ResolutionOnTime == false);
        var letters = await db.ApologyLetters.CountAsync(ct);
        var distinctLetters = await db.ApologyLetters.Select(l => new { l.FeedbackId, l.MissedDueAt }).Distinct().CountAsync(ct);
        return new SimulationReport
        {
            Received = states.Count,
            Assigned = await items.CountAsync(f => f.AssignedAt != null, ct),
            Triaged = await db.AuditEntries.Where(a => a.ToState == FeedbackState.NeedsTriage).Select(a => a.FeedbackId).Distinct().CountAsync(ct),
            Rejected = states.Values.Count(s => s == FeedbackState.Rejected),
            AcknowledgedOnTime = await items.CountAsync(f => f.FirstResponseOnTime == true, ct),
            AcknowledgedLate = await items.CountAsync(f => f.FirstResponseOnTime == false, ct),
            FirstResponseBreached = await items.CountAsync(f => f.FirstResponseBreached, ct),
            AnsweredOnTime = await items.CountAsync(f => f.ResolutionOnTime == true, ct),
            AnsweredLate = await items.CountAsync(f => f.ResolutionOnTime == false, ct),
            Open = states.Values.Count(s => FeedbackStateNames.OpenStates.Contains(s)),
            Overdue = await overdue.CountAsync(ct),
            OverdueOpen = await items.CountAsync(f => f.Overdue, ct),
            PausedForInformation = await db.AuditEntries.Where(a => a.ToState == FeedbackState.NeedsInfo).Select(a => a.FeedbackId).Distinct().CountAsync(ct),
            ApologyLetters = letters,
            ItemsOverdueWithoutLetter = await overdue.CountAsync(f => !db.ApologyLetters.Any(l => l.FeedbackId == f.Id), ct),
            DuplicateLetters = letters - distinctLetters,
            Published = await items.CountAsync(f => f.PublishedAt != null, ct),
            Notifications = await db.Notifications.CountAsync(ct),
            StaffAlerts = await db.Notifications.CountAsync(n => n.RecipientKind == RecipientKind.Staff, ct),
            CitizenNotifications = await db.Notifications.CountAsync(n => n.RecipientKind == RecipientKind.Citizen, ct),
            NotificationsFailed = await db.Notifications.CountAsync(n => n.State == NotificationState.Failed, ct),
            Lost = filed.Count(id => !states.TryGetValue(id, out var state) || state == FeedbackState.Received),
        };
    }
}
