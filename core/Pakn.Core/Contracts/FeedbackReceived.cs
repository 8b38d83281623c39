using Pakn.Core.Feedback;

namespace Pakn.Core.Contracts;

/// <summary>A new item is stored; routing decides where it goes.</summary>
public record FeedbackReceived(
    Guid FeedbackId,
    string TrackingCode,
    Channel Channel,
    string? AreaCode,
    DateTimeOffset ReceivedAt);
