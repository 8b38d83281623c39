namespace Pakn.Core.Contracts;

/// <summary>
/// A verified Zalo OA webhook event, queued so the webhook answers at once and the conversation
/// runs in the background. <paramref name="Body"/> is the raw JSON as Zalo signed it.
/// </summary>
public record ZaloEventReceived(string MsgId, string Body, DateTimeOffset ReceivedAt);
