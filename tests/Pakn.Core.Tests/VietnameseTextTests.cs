using System.Text;
using Pakn.Core.Text;

namespace Pakn.Core.Tests;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Phường Hải Châu", "phuong hai chau")]
    [InlineData("ĐƯỜNG", "duong")]
    [InlineData("đường Nguyễn Văn Linh", "duong nguyen van linh")]
    [InlineData("P. HẢI CHÂU", "p hai chau")]
    [InlineData("Xã Hòa Vang", "xa hoa vang")]
    [InlineData("Hoà Vang", "hoa vang")]
    [InlineData("Ngũ Hành Sơn", "ngu hanh son")]
    [InlineData("Thủ tục hành chính", "thu tuc hanh chinh")]
    [InlineData("phuong hai chau", "phuong hai chau")]
    [InlineData("Số 12", "so 12")]
    public void Should_lowercase_and_strip_diacritics_when_folding(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    [Fact]
    public void Should_fold_every_Vietnamese_letter_to_one_ASCII_letter()
    {
        const string letters =
            "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        const string expected =
            "aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyyd";

        Assert.Equal(expected.Length, letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var letter = letters[i].ToString();
            Assert.Equal(expected[i].ToString(), VietnameseText.Fold(letter));
            Assert.Equal(expected[i].ToString(), VietnameseText.Fold(letter.ToUpperInvariant()));
        }
    }

    [Theory]
    [InlineData("Phường Hải Châu")]
    [InlineData("Nước sinh hoạt bị đục, có mùi")]
    [InlineData("ĐƯỜNG LÊ DUẨN NGẬP SÂU")]
    public void Should_fold_decomposed_input_like_composed_input(string composed)
    {
        var nfc = composed.Normalize(NormalizationForm.FormC);
        var nfd = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);

        Assert.Equal(VietnameseText.Fold(nfc), VietnameseText.Fold(nfd));
        Assert.Equal(nfc, VietnameseText.Canonical(nfd));
    }

    [Theory]
    [InlineData("  Hải---Châu!!!  ", "hai chau")]
    [InlineData("Hải Châu 😀😀 Đà Nẵng", "hai chau da nang")]
    [InlineData("...Hải,Châu...", "hai chau")]
    [InlineData("Hải\t\r\nChâu", "hai chau")]
    [InlineData("🚧 ổ gà 🚧", "o ga")]
    [InlineData("👨‍👩‍👧 gia đình", "gia dinh")]
    public void Should_collapse_punctuation_and_emoji_into_single_spaces_when_folding(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?… 😀")]
    public void Should_return_empty_when_nothing_foldable_is_given(string? input)
    {
        Assert.Equal("", VietnameseText.Fold(input));
    }
}
