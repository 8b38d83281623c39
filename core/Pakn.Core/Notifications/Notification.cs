namespace Pakn.Core.Notifications;

/// <summary>
/// One message to one recipient over one channel, with its delivery state. Written in the
/// same SaveChanges as the step it reports; the dispatcher delivers it, retries with back-off,
/// and gives up after a number of attempts (staff see those).
/// </summary>
public sealed class Notification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>What it is about ("sla.warning", "citizen.answered"…): for queries and de-duplication.</summary>
    public required string Kind { get; init; }
    public Guid? FeedbackId { get; init; }
    public string? TrackingCode { get; init; }

    public RecipientKind RecipientKind { get; init; }

    /// <summary>Staff recipients: the role and unit (null unit: every unit, e.g. the leader).</summary>
    public string? Role { get; init; }
    public string? UnitCode { get; init; }

    /// <summary>One of <see cref="NotificationChannels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>Where the channel reaches the recipient; personal data, never logged.</summary>
    public required string Address { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public string? Link { get; init; }

    public NotificationState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public Guid? ClaimToken { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
