using Pakn.Core.Text;

namespace Pakn.AdminUi.Tests;

/// <summary>Answers' markup becomes a fixed, small set of tags; whatever else is typed stays text.</summary>
public sealed class RichTextTests
{
    [Fact]
    public void Should_render_paragraphs_bold_lists_and_links_when_the_answer_uses_the_markup()
    {
        var html = RichText.ToHtml("Đơn vị **đã sửa** đèn.\nXem [kế hoạch](https://danang.gov.vn/kh?a=1&b=2).\n\n- Thay bóng\n- Sơn cột\n\n1. Kiểm tra\n2. Nghiệm thu");

        Assert.Equal(
            "<p>Đơn vị <strong>đã sửa</strong> đèn.<br>Xem <a href=\"https://danang.gov.vn/kh?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">kế hoạch</a>.</p>"
            + "<ul><li>Thay bóng</li><li>Sơn cột</li></ul><ol><li>Kiểm tra</li><li>Nghiệm thu</li></ol>",
            html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>")]
    [InlineData("[bấm](javascript:alert(1))", "<p>[bấm](javascript:alert(1))</p>")]
    [InlineData("[x](https://a.vn\" onclick=\"alert(1))", "<p>[x](<a href=\"https://a.vn\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">https://a.vn</a>&quot; onclick=&quot;alert(1))</p>")]
    public void Should_keep_hostile_html_as_text_when_an_answer_contains_it(string markup, string expected)
    {
        Assert.Equal(expected, RichText.ToHtml(markup));
    }

    [Fact]
    public void Should_leave_a_sentences_full_stop_outside_a_bare_link()
    {
        Assert.Equal("<p>Xem <a href=\"https://a.vn/x\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">https://a.vn/x</a>.</p>", RichText.ToHtml("Xem https://a.vn/x."));
    }

    [Fact]
    public void Should_wrap_a_very_long_word_as_text_without_breaking_the_markup()
    {
        var word = new string('a', 5000);

        Assert.Equal($"<p>{word}</p>", RichText.ToHtml(word));
    }
}
