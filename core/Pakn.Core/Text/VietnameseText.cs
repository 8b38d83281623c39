using System.Globalization;
using System.Text;

namespace Pakn.Core.Text;

/// <summary>
/// Text folding for matching what citizens type: "Phường Hải Châu", "phuong hai chau" and
/// "P. HẢI CHÂU" must meet. Folding lowercases, strips diacritics (đ → d), turns everything that
/// is not a letter or digit into one space, and trims.
/// </summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsAsciiLetterOrDigit(folded))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(folded);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>NFC form, as stored: the same word typed on two keyboards compares equal.</summary>
    public static string Canonical(string text) => text.Normalize(NormalizationForm.FormC);
}
