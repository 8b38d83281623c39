using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Pakn.AdminUi.Pages.Administration.ApiKeys;
using Pakn.Core.ApiKeys;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Testing;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>The API keys screen shows a new key once, lists names as text, and revokes.</summary>
public sealed class ApiKeysPageTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly BunitContext _context = new();

    public ApiKeysPageTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, _database.ConnectionString));
        _context.Services.AddSingleton(TimeProvider.System);
        _context.Services.AddScoped<ApiKeyAdministration>();
        BunitAdministrator.SignIn(_context, _database);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Should_show_the_new_key_once_with_its_hostile_name_as_text_and_list_it_as_revoked_after_revoking()
    {
        var page = _context.Render<ApiKeysPage>();

        page.Find("input").Change("<script>alert(1)</script> Cổng đối tác");
        await page.Find("[data-action=create-key]").ClickAsync(new());

        var key = page.WaitForElement("[data-testid=new-key] code").TextContent;
        await using (var db = _database.CreateContext())
        {
            Assert.Equal(ApiKeyHash.Of(key), (await db.ApiKeys.SingleAsync(Xunit.TestContext.Current.CancellationToken)).Hash);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Cổng đối tác", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("script"));

        await page.Find("[data-action=revoke-key]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Đã thu hồi", page.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(key, page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-action=revoke-key]"));
    }
}
