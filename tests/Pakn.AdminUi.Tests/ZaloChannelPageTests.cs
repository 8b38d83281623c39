using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Channels;
using Pakn.Core.Channels;
using Pakn.Core.Data;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>The Zalo OA keys screen: administrators only, secrets never shown in full, blanks keep what is stored.</summary>
public sealed class ZaloChannelPageTests : IAsyncLifetime
{
    private const string OaSecret = "oa-secret-from-config-0123456789";
    private readonly PaknWebFactory _factory = PaknWebFactory.With(new Dictionary<string, string?>
    {
        ["Pakn:Zalo:AppId"] = "1234567890",
        ["Pakn:Zalo:OaSecretKey"] = OaSecret,
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Should_show_the_keys_masked_to_an_administrator()
    {
        var client = await StaffSession.SignInAsync(_factory, "quantri");

        var html = await client.GetStringAsync("/admin/kenh-zalo", Ct);

        var text = StaffSession.VisibleText(html);
        Assert.Contains("Kênh Zalo OA", text, StringComparison.Ordinal);
        Assert.Contains("1234567890", text, StringComparison.Ordinal);
        Assert.Contains("••••••••6789", text, StringComparison.Ordinal);
        Assert.DoesNotContain(OaSecret, html, StringComparison.Ordinal);
        Assert.Contains("/admin/kenh-zalo", html, StringComparison.Ordinal); // the menu entry
    }

    [Theory]
    [InlineData("tiepnhan")]
    [InlineData("lanhdao")]
    public async Task Should_refuse_the_screen_to_other_staff(string userName)
    {
        var client = await StaffSession.SignInAsync(_factory, userName);

        using var response = await client.GetAsync("/admin/kenh-zalo", Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/admin/khong-co-quyen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_store_new_keys_and_keep_blank_ones_and_refuse_a_token_without_its_pair()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = DateTimeOffset.UtcNow;

        Assert.Null(await ZaloChannelKeys.SaveAsync(db, new ZaloChannelForm { OaSecretKey = " new-oa-secret-abcdefgh " }, "quantri", now, Ct));
        Assert.Null(await ZaloChannelKeys.SaveAsync(db, new ZaloChannelForm { AccessToken = "access-1", RefreshToken = "refresh-1" }, "quantri", now, Ct));
        var unpaired = await ZaloChannelKeys.SaveAsync(db, new ZaloChannelForm { AccessToken = "access-2" }, "quantri", now, Ct);
        var nothing = await ZaloChannelKeys.SaveAsync(db, new ZaloChannelForm(), "quantri", now, Ct);

        Assert.Contains("cùng nhau", unpaired, StringComparison.Ordinal);
        Assert.Contains("Chưa có thay đổi", nothing, StringComparison.Ordinal);
        var row = await db.ZaloChannel.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(("new-oa-secret-abcdefgh", "", "access-1", "refresh-1", "quantri"), (row.OaSecretKey, row.AppId, row.AccessToken, row.RefreshToken, row.UpdatedBy));
        var view = await ZaloChannelKeys.LoadAsync(db, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), Ct);
        Assert.Equal(new ZaloKeyView("1234567890", "tệp cấu hình"), view.AppId);
        Assert.Equal(new ZaloKeyView("••••••••efgh", "cơ sở dữ liệu"), view.OaSecretKey);
        Assert.Equal(ZaloChannel.SingletonId, row.Id);
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
