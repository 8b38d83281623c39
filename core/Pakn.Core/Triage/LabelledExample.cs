using Pakn.Core.Text;

namespace Pakn.Core.Triage;

/// <summary>
/// A coordinator's triage decision kept as training data: the item's text (personal data
/// masked, so the example can be kept and trained on without the filer) and the field the
/// coordinator chose. The routing classifier retrains on these with its shipped corpus.
/// </summary>
public sealed class LabelledExample
{
    /// <summary>Texts beyond this are cut: the classifier reads no further, and rows stay small.</summary>
    public const int MaxTextLength = 4000;

    private LabelledExample()
    {
    }

    public Guid Id { get; private set; }
    public string Text { get; private set; } = "";
    public string FieldCode { get; private set; } = "";

    /// <summary>The item the decision was made on (one example per item and decision).</summary>
    public Guid FeedbackId { get; private set; }

    public string DecidedBy { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }

    public static LabelledExample From(
        Guid feedbackId, string? title, string content, string fieldCode, string decidedBy, DateTimeOffset at)
    {
        var text = PersonalData.Mask(string.IsNullOrWhiteSpace(title) ? content : $"{title}\n{content}");
        return new LabelledExample
        {
            Id = Guid.CreateVersion7(at),
            Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text,
            FieldCode = fieldCode,
            FeedbackId = feedbackId,
            DecidedBy = decidedBy,
            DecidedAt = at,
        };
    }
}
