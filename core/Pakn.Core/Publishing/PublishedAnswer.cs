namespace Pakn.Core.Publishing;

/// <summary>
/// The public copy of an answered item, as the public portal shows it: question and answer with
/// personal data removed (and edited by the moderator), never the item itself. A hidden copy
/// stays for the record with the reason; tố cáo and confidential items never get one.
/// </summary>
public sealed class PublishedAnswer
{
    public Guid FeedbackId { get; init; }
    public required string TrackingCode { get; init; }
    public string? Title { get; set; }
    public required string Question { get; set; }
    public required string Answer { get; set; }
    public string? FieldCode { get; init; }
    public string? AreaCode { get; init; }
    public string? UnitCode { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }

    /// <summary>Title, question, answer, unit and field folded (no diacritics, lowercase) for search.</summary>
    public string SearchText { get; set; } = "";

    public bool Hidden { get; private set; }
    public string? HiddenReason { get; private set; }
    public string? HiddenBy { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }

    public string? EditedBy { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }
    public string? EditReason { get; private set; }

    /// <summary>The moderator's new public text (already stripped by the caller), with why.</summary>
    public void Edit(string question, string answer, string searchText, string reason, string actor, DateTimeOffset at)
    {
        Question = question;
        Answer = answer;
        SearchText = searchText;
        EditReason = reason;
        EditedBy = actor;
        EditedAt = at;
    }

    public void Hide(string reason, string actor, DateTimeOffset at)
    {
        Hidden = true;
        HiddenReason = reason;
        HiddenBy = actor;
        HiddenAt = at;
    }
}
