namespace Pakn.Core.Notifications;

/// <summary>
/// Delivers one recorded notification over one channel (Direct Line, Zalo, e-mail, staff inbox).
/// The dispatcher owns retries and back-off; a transport only says how one attempt went.
/// </summary>
public interface INotificationTransport
{
    /// <summary>The channel name this transport serves, matching <see cref="NotificationEnvelope.Channel"/>.</summary>
    string Channel { get; }

    Task<DeliveryResult> DeliverAsync(NotificationEnvelope notification, CancellationToken cancellationToken);
}

/// <summary>What a transport needs to send: text already written in Vietnamese, personal data only in <paramref name="Address"/>.</summary>
public sealed record NotificationEnvelope(
    Guid NotificationId,
    string Channel,
    string Address,
    string Subject,
    string Body,
    string? Link);

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>Transient: try again after back-off.</summary>
    RetryLater,

    /// <summary>Permanent: retrying will not help (unknown address, closed reply window, refused).</summary>
    Failed,
}

public sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryOutcome.Delivered);

    public static DeliveryResult Retry(string error) => new(DeliveryOutcome.RetryLater, error);

    public static DeliveryResult Failure(string error) => new(DeliveryOutcome.Failed, error);
}

/// <summary>Channel names used by notifications.</summary>
public static class NotificationChannels
{
    public const string DirectLine = "directline";
    public const string Zalo = "zalo";
    public const string Email = "email";

    /// <summary>The staff inbox in the admin UI: delivered by being stored.</summary>
    public const string StaffInbox = "staff";
}
