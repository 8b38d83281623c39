using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pakn.Core.Seeding;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>
/// The administration screens in Debian's Chromium: each renders for the administrator, and an
/// API key made on screen is shown once and opens the Open311 API. Screenshots go to
/// artifacts/screenshots/admin-*.png.
/// </summary>
public sealed class AdministrationBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly PaknWebFactory _factory = new();
    private readonly List<string> _problems = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium (infra/test.sh ensure_chromium)");
        _factory.UseKestrel(0);
        _factory.StartServer();
        _baseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "localhost", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Should_render_every_administration_screen_and_make_a_working_api_key_in_the_browser()
    {
        var page = await SignInAsync("quantri");

        foreach (var (path, heading, shot) in new[]
        {
            ("don-vi", "đơn vị, phường/xã và lĩnh vực", "admin-1-units.png"),
            ("phan-cong", "bảng phân công", "admin-2-routing.png"),
            ("thoi-han", "thời hạn xử lý", "admin-3-sla.png"),
            ("ngay-nghi", "ngày nghỉ và ngày làm bù", "admin-4-holidays.png"),
            ("tai-khoan", "tài khoản và vai trò", "admin-5-users.png"),
        })
        {
            await page.GotoAsync($"{_baseUrl}/admin/quan-tri/{path}");
            await WaitInteractiveAsync(page);
            await page.Locator($"h1:has-text('{heading}')").WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, shot), FullPage = true });
        }

        await page.GotoAsync($"{_baseUrl}/admin/quan-tri/ngay-nghi");
        await WaitInteractiveAsync(page);
        Assert.True(await page.Locator("[data-testid=effective] td:has-text('Tết Nguyên đán')").CountAsync() >= 5);

        await page.GotoAsync($"{_baseUrl}/admin/quan-tri/khoa-api");
        await WaitInteractiveAsync(page);
        await page.GetByLabel("Tên khóa (hệ thống hoặc đơn vị dùng nó)").FillAsync("Ứng dụng thử nghiệm");
        await page.ClickAsync("[data-action=create-key]");
        var key = await page.Locator("[data-testid=new-key] code").InnerTextAsync();
        await page.Locator("td:has-text('Ứng dụng thử nghiệm')").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "admin-6-api-keys.png"), FullPage = true });

        using var response = await _factory.CreateClient().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key.Trim(),
            ["service_code"] = "GIAO_THONG",
            ["description"] = "Ổ gà lớn giữa đường Trần Phú gần chợ Hàn, xe máy dễ ngã",
            ["area"] = "Hải Châu",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await page.ReloadAsync();
        await WaitInteractiveAsync(page);
        Assert.Equal(0, await page.Locator($"text={key.Trim()}").CountAsync());
        Assert.Empty(_problems);
    }

    private static string Screenshots
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pakn.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        }
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await _browser!.NewContextAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        // The browser asks for /favicon.ico on its own; every other failed request is a fault of a screen.
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                _problems.Add($"{r.Status} {r.Url}");
            }
        };
        await page.GotoAsync($"{_baseUrl}/admin/dang-nhap");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        // The first sign-in of a fresh host hashes the password and renders the queue cold; on a
        // loaded CI machine that alone can pass Playwright's 30 s default.
        await page.WaitForURLAsync($"{_baseUrl}/admin", new() { Timeout = 90_000 });
        return page;
    }

    private static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("#circuit[data-interactive=yes]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
}
