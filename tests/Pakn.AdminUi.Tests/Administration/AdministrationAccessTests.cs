using System.Net;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>The administration screens open for administrators only, whoever else asks by URL.</summary>
[Collection(AdministrationHost.Name)]
public sealed class AdministrationAccessTests(PaknWebFactory factory)
{
    private static readonly string[] Paths =
    [
        "/admin/quan-tri/don-vi",
        "/admin/quan-tri/phan-cong",
        "/admin/quan-tri/thoi-han",
        "/admin/quan-tri/ngay-nghi",
        "/admin/quan-tri/tai-khoan",
        "/admin/quan-tri/khoa-api",
    ];

    public static readonly TheoryData<string> Pages = new(Paths);

    public static readonly TheoryData<string, string> OthersAndPages = Cross(["tiepnhan", "canbo.haichau", "truong.xaydung", "lanhdao"]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(OthersAndPages))]
    public async Task Should_send_to_access_denied_when_another_role_opens_an_administration_page(string userName, string path)
    {
        var client = await StaffSession.SignInAsync(factory, userName);

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/admin/khong-co-quyen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_redirect_to_sign_in_when_anonymous_opens_an_administration_page(string path)
    {
        using var response = await StaffSession.Anonymous(factory).GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/admin/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_open_in_vietnamese_when_an_administrator_opens_an_administration_page(string path)
    {
        var client = await StaffSession.SignInAsync(factory, "quantri");

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Quản trị", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Should_refuse_a_form_post_without_antiforgery_token_when_posted_to_an_administration_page(string path)
    {
        var client = await StaffSession.SignInAsync(factory, "quantri");

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static TheoryData<string, string> Cross(string[] users)
    {
        var data = new TheoryData<string, string>();
        foreach (var user in users)
        {
            foreach (var page in Paths)
            {
                data.Add(user, page);
            }
        }

        return data;
    }
}
