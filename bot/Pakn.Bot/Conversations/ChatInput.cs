using System.Globalization;
using Pakn.Core.Text;

namespace Pakn.Bot.Conversations;

/// <summary>
/// One turn's text in the forms the dialog needs: <see cref="Text"/> as the citizen wrote it
/// (cleaned of invisible characters, for names, phones and the filed content),
/// <see cref="Folded"/> for matching (shorthand expanded, no diacritics, lowercase: "ko dc" and
/// "không được" meet) and the quick-reply <see cref="Value"/> if a button was pressed.
/// </summary>
public sealed class ChatInput
{
    private ChatInput(string text, string folded, string? value)
    {
        Text = text;
        Folded = folded;
        Value = value;
        Words = folded.Length == 0 ? [] : folded.Split(' ');
    }

    public string Text { get; }
    public string Folded { get; }
    public string? Value { get; }
    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Text.Length == 0 && Value is null;

    /// <summary>The text had characters but none that can be read (emoji, symbols only).</summary>
    public bool IsUnreadable => Text.Length > 0 && Folded.Length == 0;

    public static ChatInput From(string? text, string? value)
    {
        var cleaned = Clean(text);
        var bounded = cleaned.Length > TextNormalizer.MaxLength ? cleaned[..TextNormalizer.MaxLength] : cleaned;
        var folded = VietnameseText.Fold(TextNormalizer.Normalize(bounded));
        var cleanValue = Clean(value);
        return new ChatInput(cleaned, folded, cleanValue.Length == 0 ? null : cleanValue);
    }

    /// <summary>The quick-reply value when a button was pressed, else the folded text.</summary>
    public string Choice => Value is { } value ? VietnameseText.Fold(value) : Folded;

    /// <summary>The whole message is one of the phrases (folded).</summary>
    public bool Is(params string[] phrases) => phrases.Contains(Choice, StringComparer.Ordinal);

    /// <summary>The message starts with one of the phrases, as whole words.</summary>
    public bool StartsWith(params string[] phrases) =>
        phrases.Any(p => Choice == p || Choice.StartsWith(p + " ", StringComparison.Ordinal));

    /// <summary>One of the phrases occurs as whole words.</summary>
    public bool Contains(params string[] phrases)
    {
        var padded = $" {Choice} ";
        return phrases.Any(p => padded.Contains($" {p} ", StringComparison.Ordinal));
    }

    private static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "";
        }

        // Zero-width and bidirectional controls carry nothing a citizen meant to write and are
        // used to split words past filters.
        var kept = input.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray();
        return VietnameseText.Canonical(new string(kept)).Trim();
    }
}
