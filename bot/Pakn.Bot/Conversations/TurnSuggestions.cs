using Pakn.Core.Feedback;
using Pakn.Core.Intake;

namespace Pakn.Bot.Conversations;

/// <summary>
/// The classifier's answers for one turn, keyed by the exact text asked about. The engine fills
/// it before it opens the write transaction, so the dialog inside the transaction only reads
/// what was computed (a cold classifier can take seconds; a writer must not wait on it).
/// </summary>
public sealed class TurnSuggestions(IFieldSuggester? suggester)
{
    private readonly Dictionary<string, FieldSuggestion> _known = new(StringComparer.Ordinal);

    public async Task<FieldSuggestion> GetAsync(string text, CancellationToken cancellationToken)
    {
        if (suggester is null || text.Length == 0)
        {
            return FieldSuggestion.None;
        }

        if (!_known.TryGetValue(text, out var suggestion))
        {
            suggestion = await suggester.SuggestAsync(text, cancellationToken);
            _known[text] = suggestion;
        }

        return suggestion;
    }

    /// <summary>
    /// Computes what this turn may ask the classifier about: the text answering "what happened"
    /// (or a description written straight away), and the filed content whose field is still to
    /// be proposed.
    /// </summary>
    public async Task PrepareAsync(DialogState state, ChatTurn? turn, CancellationToken cancellationToken)
    {
        if (suggester is null)
        {
            return;
        }

        var describing = state.Form is null || (state.Form == FormNames.Filing && !state.Values.ContainsKey(FilingForm.Content));
        // Idle, only a message long enough to be filed straight away is a description.
        if (describing && turn is not null && ChatInput.From(turn.Text, turn.Value) is { IsEmpty: false, IsUnreadable: false } input
            && input.Text.Length <= FeedbackLimits.ContentMaxLength && (state.Form is not null || input.Words.Count >= 4))
        {
            await GetAsync(input.Text, cancellationToken);
        }

        if (state.Form == FormNames.Filing && !state.Values.ContainsKey(FilingForm.Field))
        {
            foreach (var text in new[] { state.Get(FilingForm.Content), state.Get(FilingForm.PendingContent) })
            {
                if (text is { Length: > 0 })
                {
                    await GetAsync(text, cancellationToken);
                }
            }
        }
    }
}
