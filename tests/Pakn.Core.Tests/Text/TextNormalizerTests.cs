using System.Diagnostics;
using Pakn.Core.Text;

namespace Pakn.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Đường ko có đèn, tối ko thấy j", "đường không có đèn, tối không thấy gì")]
    [InlineData("xin hỏi bn ngày thì dc giải quyết", "xin hỏi bao nhiêu ngày thì được giải quyết")]
    [InlineData("mất nc 3 ngày r mn ơi", "mất nước 3 ngày rồi mọi người ơi")]
    [InlineData("làm ntn z, khổ vs cái cống này", "làm như thế nào vậy, khổ với cái cống này")]
    [InlineData("đc chưa ak", "được chưa à")]
    public void Should_expand_chat_shorthand_when_it_stands_alone(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("đèn đường hong", "đèn đường hong")]
    [InlineData("nộp hs 2 tuần", "nộp hs 2 tuần")]
    [InlineData("giá 50k", "giá 50k")]
    public void Should_leave_ambiguous_tokens_alone(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Should_collapse_letters_repeated_for_emphasis()
    {
        Assert.Equal("ngập quá!!!", TextNormalizer.Normalize("NGẬPPPP QUÁAAA!!!"));
        Assert.Equal("xoong nồi", TextNormalizer.Normalize("xoong nồi"));
        Assert.Equal("hôi", TextNormalizer.Normalize("hôiiiiii"));
    }

    [Fact]
    public void Should_drop_emoji_and_invisible_characters()
    {
        Assert.Equal("rác bốc mùi", TextNormalizer.Normalize("rác 😡😡 bốc\u200B mùi 🤢"));
        Assert.Equal("", TextNormalizer.Normalize("😡😡😡"));
        Assert.Equal("đèn đường", TextNormalizer.Normalize("\u202Eđèn\u202C đường"));
    }

    [Fact]
    public void Should_give_the_same_text_for_composed_and_decomposed_input()
    {
        var composed = "Phường Hải Châu ngập nước";
        Assert.Equal(TextNormalizer.Normalize(composed), TextNormalizer.Normalize(composed.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void Should_replace_links_and_personal_data_with_placeholders()
    {
        var normalized = TextNormalizer.Normalize("Xem https://fb.com/abc?x=1 rồi gọi 0905 123 456 hoặc mail a.b@gmail.com");

        Assert.DoesNotContain("fb.com", normalized, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", normalized, StringComparison.Ordinal);
        Assert.DoesNotContain("gmail", normalized, StringComparison.Ordinal);
        Assert.Contains("[liên kết]", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stay_bounded_when_input_is_huge_or_hostile()
    {
        var inputs = new[]
        {
            new string('a', 5_000),
            string.Concat(Enumerable.Repeat("ổ gà ", 100_000)),
            string.Concat(Enumerable.Repeat("\uD83D\uDE21", 50_000)),
            "\0\u0001\u0002 <script>alert(1)</script>",
        };
        var clock = Stopwatch.StartNew();

        foreach (var input in inputs)
        {
            var normalized = TextNormalizer.Normalize(input);
            Assert.True(normalized.Length <= TextNormalizer.MaxLength + 100);
            Assert.DoesNotContain('\0', normalized);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void Should_give_empty_text_when_there_is_nothing(string? input) =>
        Assert.Equal("", TextNormalizer.Normalize(input));
}
