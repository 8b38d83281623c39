namespace Pakn.Core.Contracts;

/// <summary>
/// Routing could not place the item with confidence; a coordinator will. NotPaknLabel is set
/// when the text looks like a khiếu nại (KHIEU_NAI), tố cáo (TO_CAO) or spam (SPAM);
/// PossibleDuplicateOfId names an open item in the same area that reads like the same problem.
/// </summary>
public record FeedbackNeedsTriage(
    Guid FeedbackId,
    string Reason,
    IReadOnlyList<string> SuggestedFieldCodes,
    string? NotPaknLabel = null,
    Guid? PossibleDuplicateOfId = null);
