namespace Pakn.Core.Contracts;

/// <summary>Routing could not place the item with confidence; a coordinator will.</summary>
public record FeedbackNeedsTriage(
    Guid FeedbackId,
    string Reason,
    IReadOnlyList<string> SuggestedFieldCodes);
