using System.Globalization;
using Pakn.Core.Text;

namespace Pakn.Core.Intake;

/// <summary>Cleans one free-text input the way it is stored: NFC, invisible format characters removed, trimmed.</summary>
internal static class TextInput
{
    public static string? Clean(string? input)
    {
        if (input is null)
        {
            return null;
        }

        // Zero-width and bidirectional controls are invisible and are used to spoof or split
        // words; they carry nothing a citizen meant to write.
        var kept = input.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray();
        var cleaned = VietnameseText.Canonical(new string(kept)).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>C0/C1 control characters other than line breaks and tabs.</summary>
    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
