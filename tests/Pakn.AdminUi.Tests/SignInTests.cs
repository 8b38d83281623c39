using System.Net;
using Pakn.Core.Seeding;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

public sealed class SignInTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/phan-anh/PA-AAAA-AAAA")]
    [InlineData("/admin/phan-loai")]
    [InlineData("/admin/nhap-phan-anh")]
    public async Task Should_redirect_to_sign_in_when_anonymous_opens_a_staff_page(string path)
    {
        var client = StaffSession.Anonymous(factory);

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/admin/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_vietnamese_sign_in_form_with_an_antiforgery_token()
    {
        var html = await StaffSession.Anonymous(factory).GetStringAsync("/admin/dang-nhap", Ct);

        var text = StaffSession.VisibleText(html);
        Assert.Contains("Đăng nhập hệ thống xử lý phản ánh", text, StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập", text, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu", text, StringComparison.Ordinal);
        Assert.NotEmpty(StaffSession.AntiforgeryToken(html));
    }

    [Fact]
    public async Task Should_sign_in_and_open_the_queue_when_password_is_right()
    {
        var client = await StaffSession.SignInAsync(factory, "canbo.xaydung");

        using var response = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hàng đợi xử lý", StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_with_a_vietnamese_message_when_password_is_wrong()
    {
        var client = StaffSession.Anonymous(factory);

        using var response = await StaffSession.PostSignInAsync(client, "truong.xaydung", "Sai-mat-khau-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await client.GetAsync("/admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task Should_lock_the_account_when_the_password_is_wrong_five_times()
    {
        var client = StaffSession.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await StaffSession.PostSignInAsync(client, "quantri", $"Sai-mat-khau-{i}");
        }

        using var response = await StaffSession.PostSignInAsync(client, "quantri", DemoStaff.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_sign_in_when_the_form_has_no_antiforgery_token()
    {
        var client = StaffSession.Anonymous(factory);

        using var response = await client.PostAsync("/admin/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "dang-nhap",
            ["Input.UserName"] = "tiepnhan",
            ["Input.Password"] = DemoStaff.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Should_refuse_sign_out_when_the_form_has_no_antiforgery_token()
    {
        var client = await StaffSession.SignInAsync(factory, "lanhdao");

        using var response = await client.PostAsync("/admin/dang-xuat", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/admin")]
    [InlineData("/\\evil.example")]
    [InlineData("/cong-khai")]
    public async Task Should_stay_on_staff_pages_when_return_url_points_elsewhere(string returnUrl)
    {
        var client = StaffSession.Anonymous(factory);

        using var response = await StaffSession.PostSignInAsync(client, "canbo.haichau", DemoStaff.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var target = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        Assert.Equal("localhost", target.Host);
        Assert.Equal("/admin", target.AbsolutePath);
    }
}
