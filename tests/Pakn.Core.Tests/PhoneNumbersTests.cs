using Pakn.Core.Intake;

namespace Pakn.Core.Tests;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("0905123456", "0905123456")]
    [InlineData("0905 123 456", "0905123456")]
    [InlineData("0905.123.456", "0905123456")]
    [InlineData("0905-123-456", "0905123456")]
    [InlineData(" (0905) 123 456 ", "0905123456")]
    [InlineData("+84905123456", "0905123456")]
    [InlineData("+84 905 123 456", "0905123456")]
    [InlineData("+84.905.123.456", "0905123456")]
    [InlineData("84905123456", "0905123456")]
    [InlineData("84 905 123 456", "0905123456")]
    [InlineData("0386 123 456", "0386123456")]
    [InlineData("0522 123 456", "0522123456")]
    [InlineData("0703 123 456", "0703123456")]
    [InlineData("0888 123 456", "0888123456")]
    public void Should_normalise_to_ten_digits_when_mobile_is_valid(string input, string expected)
    {
        Assert.True(PhoneNumbers.TryNormalize(input, out var phone));
        Assert.Equal(expected, phone);
        Assert.True(PhoneNumbers.IsMobile(phone));
    }

    [Theory]
    [InlineData("0236 3821 234", "02363821234")]
    [InlineData("024.3825.3536", "02438253536")]
    [InlineData("(028) 3829 6052", "02838296052")]
    [InlineData("+84 236 3821 234", "02363821234")]
    public void Should_accept_a_landline_when_it_has_an_area_code(string input, string expected)
    {
        Assert.True(PhoneNumbers.TryNormalize(input, out var phone));
        Assert.Equal(expected, phone);
        Assert.False(PhoneNumbers.IsMobile(phone));
    }

    [Fact]
    public void Should_accept_a_landline_when_written_with_84_prefix_without_plus()
    {
        Assert.True(PhoneNumbers.TryNormalize("84 236 3821 234", out var phone));
        Assert.Equal("02363821234", phone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("090512345")]
    [InlineData("09051234567")]
    [InlineData("0905 12a 456")]
    [InlineData("không có")]
    [InlineData("0168 123 4567")]
    [InlineData("0121 234 5678")]
    [InlineData("0112345678")]
    [InlineData("0212345678")]
    [InlineData("0412345678")]
    [InlineData("0612345678")]
    [InlineData("905123456")]
    [InlineData("+1 905 123 4567")]
    [InlineData("0905 123 456 0905 123 456")]
    [InlineData("０９０５１２３４５６")]
    [InlineData("0905123456; DROP TABLE Feedback")]
    public void Should_reject_when_number_is_not_Vietnamese(string? input)
    {
        Assert.False(PhoneNumbers.TryNormalize(input, out var phone));
        Assert.Equal("", phone);
    }
}
