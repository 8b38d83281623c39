namespace Pakn.Core.Feedback;

/// <summary>
/// What publishing needs on the item: a "keep private" decision (staff, with a reason: the
/// citizen asked, or the content is about one family) that no automatic or manual publishing
/// overrides, and moderation notes in the item's audit trail.
/// </summary>
public sealed partial class FeedbackItem
{
    public bool KeepPrivate { get; private set; }
    public string? PrivateReason { get; private set; }

    /// <summary>Never published: tố cáo (confidential) or marked private.</summary>
    public bool NeverPublished => Confidential || KeepPrivate;

    public void MarkPrivate(string reason, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidTransitionException("Cần nêu lý do không công khai.");
        }

        if (State == FeedbackState.Published)
        {
            throw new InvalidTransitionException("Phản ánh đã công khai; hãy ẩn bản công khai (kèm lý do).");
        }

        KeepPrivate = true;
        PrivateReason = reason.Trim();
        Note(actor, at, $"Không công khai. Lý do: {PrivateReason}");
    }

    /// <summary>A moderator's edit or hiding of the public copy, recorded with the item.</summary>
    public void RecordModeration(string note, string actor, DateTimeOffset at) => Note(actor, at, note);
}
