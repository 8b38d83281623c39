namespace Pakn.Core.Contracts;

/// <summary>The unit head declined a request for more time; the deadline stands.</summary>
public record ExtensionDeclined(
    Guid FeedbackId,
    string TrackingCode,
    string? UnitCode,
    DateTimeOffset DueAt);
