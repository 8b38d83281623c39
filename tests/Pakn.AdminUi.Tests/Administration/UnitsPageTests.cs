using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Pakn.AdminUi.Pages.Administration.Units;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Testing;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>The units screen offers "Kích hoạt lại" for a stopped unit, and "Ngừng hoạt động" again once it runs.</summary>
public sealed class UnitsPageTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly BunitContext _context = new();

    public UnitsPageTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, _database.ConnectionString));
        _context.Services.AddSingleton(TimeProvider.System);
        _context.Services.AddScoped<UnitAdministration>();
        BunitAdministrator.SignIn(_context, _database);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Should_reactivate_a_stopped_unit_from_its_form_and_show_the_reason_in_its_history()
    {
        await using (var db = _database.CreateContext())
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "SO_NOI_VU", Xunit.TestContext.Current.CancellationToken);
            unit.ValidTo = DateTimeOffset.UtcNow.AddDays(-1);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var page = _context.Render<UnitsPage>();
        page.FindAll("tbody tr").Single(r => r.TextContent.Contains("SO_NOI_VU", StringComparison.Ordinal)).Click();
        Assert.Empty(page.FindAll("[data-action=deactivate-unit]"));

        page.Find("input[data-testid=reactivate-reason]").Change("Sáp nhập bị hủy");
        await page.Find("[data-action=reactivate-unit]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Kích hoạt lại: Sáp nhập bị hủy", page.Markup, StringComparison.Ordinal));
        Assert.Single(page.FindAll("[data-action=deactivate-unit]"));
        Assert.Empty(page.FindAll("[data-action=reactivate-unit]"));
        await using var check = _database.CreateContext();
        Assert.Null((await check.Units.SingleAsync(u => u.Code == "SO_NOI_VU", Xunit.TestContext.Current.CancellationToken)).ValidTo);
    }
}
