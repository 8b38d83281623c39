namespace Pakn.Core.Contracts;

/// <summary>
/// The filer acted on their item from a chat: added requested information ("information"),
/// re-opened an answered item ("reopened"), or rated the answer ("rated").
/// </summary>
public record FeedbackFollowedUp(Guid FeedbackId, string TrackingCode, string Action, DateTimeOffset At);
