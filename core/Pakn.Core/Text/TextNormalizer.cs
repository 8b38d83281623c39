using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pakn.Core.Text;

/// <summary>
/// Puts Vietnamese as citizens type it into one form before it is classified, matched or sent to
/// a model: NFC, invisible format characters and emoji dropped, links and personal data replaced
/// by placeholders, letters repeated for emphasis collapsed ("quáaaa" → "quá"), chat shorthand
/// expanded ("ko dc" → "không được"), lowercase, single spaces. Bounded: input beyond
/// <see cref="MaxLength"/> characters is cut, so a hostile 1 MB message costs what 20 KB costs.
/// </summary>
public static partial class TextNormalizer
{
    public const int MaxLength = 20_000;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var input = text.Length > MaxLength ? text[..MaxLength] : text;
        input = input.Normalize(NormalizationForm.FormC);
        input = UrlPattern().Replace(input, " [liên kết] ");
        input = PersonalData.Mask(input);
        input = input.ToLowerInvariant();

        var builder = new StringBuilder(input.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(input);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
            if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherSymbol or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(element);
            }
        }

        var collapsed = DropEmphasisVowels(RepeatedLetters().Replace(builder.ToString(), "$1"));
        var words = Whitespace().Split(collapsed.Trim());
        var output = new StringBuilder(collapsed.Length + 16);
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            var (core, trailing) = SplitTrailingPunctuation(word);
            output.Append(ChatShorthand.Words.TryGetValue(core, out var expanded) ? expanded : core).Append(trailing);
        }

        return output.ToString();
    }

    /// <summary>"quáa" (from "QUÁAAA") → "quá": a plain letter right after the same letter with a
    /// diacritic is emphasis, never spelling.</summary>
    private static string DropEmphasisVowels(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i > 0 && char.IsAsciiLetter(c) && !char.IsAscii(text[i - 1])
                && VietnameseText.Fold(text[i - 1].ToString()) == c.ToString())
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static (string Core, string Trailing) SplitTrailingPunctuation(string word)
    {
        var end = word.Length;
        while (end > 0 && char.IsPunctuation(word[end - 1]))
        {
            end--;
        }

        return end == 0 ? (word, "") : (word[..end], word[end..]);
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlPattern();

    // Three or more of the same letter: Vietnamese words never repeat a letter three times.
    [GeneratedRegex(@"(\p{L})\1{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RepeatedLetters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
