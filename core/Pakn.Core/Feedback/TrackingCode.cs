using System.Security.Cryptography;

namespace Pakn.Core.Feedback;

/// <summary>
/// Tracking codes such as <c>PA-7K4M-9XQ2</c>: eight symbols read out over the phone, seven random
/// (30^7 ≈ 2.2·10^10, so codes cannot be guessed or enumerated) and one check symbol that catches
/// a mistyped or misheard symbol before any database look-up. The alphabet leaves out symbols
/// that are confused when spoken or handwritten: 0, O, 1, I, L and U.
/// </summary>
public static class TrackingCode
{
    public const string Prefix = "PA";
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomSymbols = 7;

    public static string New()
    {
        Span<char> symbols = stackalloc char[RandomSymbols + 1];
        for (var i = 0; i < RandomSymbols; i++)
        {
            symbols[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        symbols[RandomSymbols] = CheckSymbol(symbols[..RandomSymbols]);
        return Format(symbols);
    }

    /// <summary>
    /// Accepts what people type (lower case, spaces or dashes anywhere, with or without the
    /// prefix) and gives the canonical form; false for anything whose check symbol is wrong.
    /// </summary>
    public static bool TryNormalize(string? input, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return false;
        }

        var text = new string(input.Where(c => c is not ('-' or ' ' or '.' or '_')).ToArray()).ToUpperInvariant();
        if (text.Length == Prefix.Length + RandomSymbols + 1 && text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            text = text[Prefix.Length..];
        }

        if (text.Length != RandomSymbols + 1 || text.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal))
            || CheckSymbol(text.AsSpan(0, RandomSymbols)) != text[RandomSymbols])
        {
            return false;
        }

        code = Format(text);
        return true;
    }

    private static string Format(ReadOnlySpan<char> symbols) =>
        $"{Prefix}-{symbols[..4]}-{symbols[4..]}";

    // Luhn mod N: every single wrong symbol is caught, and nearly every swap of neighbours.
    private static char CheckSymbol(ReadOnlySpan<char> symbols)
    {
        var n = Alphabet.Length;
        var factor = 2;
        var sum = 0;
        for (var i = symbols.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(symbols[i]);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }
}
