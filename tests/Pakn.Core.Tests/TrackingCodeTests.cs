using System.Text.RegularExpressions;
using Pakn.Core.Feedback;

namespace Pakn.Core.Tests;

public sealed partial class TrackingCodeTests
{
    /// <summary>The documented alphabet: digits and capitals without 0, O, 1, I, L and U.</summary>
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Confusable = "0O1ILU";

    [Fact]
    public void Should_use_the_canonical_format_when_generated()
    {
        for (var i = 0; i < 1_000; i++)
        {
            var code = TrackingCode.New();
            Assert.Matches(CanonicalPattern(), code);
        }
    }

    [Fact]
    public void Should_use_every_symbol_of_the_alphabet_and_no_confusable_one_when_generated()
    {
        var seen = new HashSet<char>();
        for (var i = 0; i < 10_000; i++)
        {
            seen.UnionWith(Symbols(TrackingCode.New()));
        }

        Assert.Empty(seen.Intersect(Confusable));
        Assert.Equal(Alphabet.Order(), seen.Order());
    }

    [Fact]
    public void Should_be_unique_and_valid_when_ten_thousand_are_generated()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 10_000; i++)
        {
            var code = TrackingCode.New();
            Assert.True(codes.Add(code), $"{code} was generated twice");
            Assert.True(TrackingCode.TryNormalize(code, out var normalized), $"{code} does not validate");
            Assert.Equal(code, normalized);
        }
    }

    [Fact]
    public void Should_return_the_canonical_form_when_typed_loosely()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = TrackingCode.New();
            var symbols = Symbols(code);
            string[] typed =
            [
                code.ToLowerInvariant(),
                code.Replace('-', ' '),
                "PA" + symbols,
                symbols,
                symbols.ToLowerInvariant(),
                $"{symbols[..4]}-{symbols[4..]}",
                $"  pa {symbols[..2]} {symbols[2..4]}.{symbols[4..6]}_{symbols[6..]}  ",
                $"Pa-{symbols[..4].ToLowerInvariant()}-{symbols[4..]}",
            ];

            foreach (var input in typed)
            {
                Assert.True(TrackingCode.TryNormalize(input, out var normalized), $"'{input}' should be accepted as {code}");
                Assert.Equal(code, normalized);
            }
        }
    }

    [Fact]
    public void Should_reject_every_single_symbol_substitution_when_validating()
    {
        var checkedVariants = 0;
        for (var i = 0; i < 200; i++)
        {
            var symbols = Symbols(TrackingCode.New());
            for (var position = 0; position < symbols.Length; position++)
            {
                foreach (var replacement in Alphabet + Confusable)
                {
                    if (replacement == symbols[position])
                    {
                        continue;
                    }

                    var mistyped = symbols[..position] + replacement + symbols[(position + 1)..];
                    Assert.False(
                        TrackingCode.TryNormalize(mistyped, out var normalized),
                        $"{symbols} with position {position} mistyped as '{replacement}' ({mistyped}) was accepted");
                    Assert.Equal("", normalized);
                    checkedVariants++;
                }
            }
        }

        Assert.Equal(200 * 8 * (Alphabet.Length - 1 + Confusable.Length), checkedVariants);
    }

    [Fact]
    public void Should_reject_the_vast_majority_of_adjacent_transpositions_when_validating()
    {
        var swaps = 0;
        var caught = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var symbols = Symbols(TrackingCode.New()).ToCharArray();
            for (var position = 0; position < symbols.Length - 1; position++)
            {
                if (symbols[position] == symbols[position + 1])
                {
                    continue;
                }

                var swapped = (char[])symbols.Clone();
                (swapped[position], swapped[position + 1]) = (swapped[position + 1], swapped[position]);
                swaps++;
                if (!TrackingCode.TryNormalize(new string(swapped), out _))
                {
                    caught++;
                }
            }
        }

        var rate = (double)caught / swaps;
        TestContext.Current.TestOutputHelper?.WriteLine($"Adjacent transpositions caught: {caught}/{swaps} = {rate:P2}");
        Assert.True(rate >= 0.90, $"Only {rate:P2} of {swaps} adjacent transpositions were caught.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("PA")]
    [InlineData("PA--")]
    [InlineData("PA-2345-678")]
    [InlineData("PA-2345-67892")]
    [InlineData("PA-2345-6789-2345")]
    [InlineData("PA-0000-0000")]
    [InlineData("PA-OOOO-IIII")]
    [InlineData("PA-LLLL-UUUU")]
    [InlineData("PA-😀😀-2345")]
    [InlineData("😀😀😀😀😀😀😀😀")]
    [InlineData("PA-2345-678\u0000")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE Feedback; --")]
    [InlineData("XX-2345-6789")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Should_reject_garbage_when_validating(string? input)
    {
        Assert.False(TrackingCode.TryNormalize(input, out var normalized));
        Assert.Equal("", normalized);
    }

    [Fact]
    public void Should_reject_a_valid_code_when_input_is_longer_than_forty_characters()
    {
        var code = TrackingCode.New();

        Assert.True(TrackingCode.TryNormalize(code.PadLeft(40), out _));
        Assert.False(TrackingCode.TryNormalize(code.PadLeft(41), out _));
    }

    /// <summary>The eight symbols of a canonical code, without prefix and dashes.</summary>
    private static string Symbols(string code) => code[3..7] + code[8..];

    [GeneratedRegex("^PA-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$")]
    private static partial Regex CanonicalPattern();
}
