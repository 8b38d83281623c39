namespace Pakn.Core.Contracts;

/// <summary>
/// A verified Zalo OA webhook event, queued so the webhook answers at once and the conversation
/// runs in the background. <paramref name="Body"/> is the raw JSON as Zalo signed it;
/// <paramref name="UserId"/> (the sender) keeps one user's events in order.
/// </summary>
public record ZaloEventReceived(string MsgId, string UserId, string Body, DateTimeOffset ReceivedAt);
