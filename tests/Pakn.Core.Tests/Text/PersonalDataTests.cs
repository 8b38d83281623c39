using Pakn.Core.Text;

namespace Pakn.Core.Tests.Text;

public class PersonalDataTests
{
    [Theory]
    [InlineData("gọi tôi 0905123456 nhé")]
    [InlineData("sđt: 0905 123 456")]
    [InlineData("số +84 905.123.456")]
    [InlineData("liên hệ 84-935-111-222")]
    [InlineData("máy bàn 0236 3821 234")]
    public void Should_mask_phone_numbers_however_they_are_written(string text)
    {
        var masked = PersonalData.Mask(text);

        Assert.Contains(PersonalData.PhonePlaceholder, masked, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{3}", masked);
    }

    [Theory]
    [InlineData("CCCD 048201001234", "048201001234")]
    [InlineData("căn cước 048 201 001 234", "048 201 001 234")]
    [InlineData("CMND 201234567", "201234567")]
    public void Should_mask_identity_numbers(string text, string number)
    {
        var masked = PersonalData.Mask(text);

        Assert.DoesNotContain(number, masked, StringComparison.Ordinal);
        Assert.Contains(PersonalData.IdPlaceholder, masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mask_emails() =>
        Assert.Equal($"gửi {PersonalData.EmailPlaceholder} giúp", PersonalData.Mask("gửi nguyen.van.a+pakn@gmail.com.vn giúp"));

    [Theory]
    [InlineData("kiệt 45 Nguyễn Văn Linh, tổ 12")]
    [InlineData("từ ngày 12/3/2026 đến nay, 3 tuần")]
    [InlineData("giá 50.000 đồng")]
    public void Should_leave_ordinary_numbers_alone(string text)
    {
        Assert.Equal(text, PersonalData.Mask(text));
        Assert.False(PersonalData.Contains(text));
    }
}
