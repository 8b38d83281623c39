using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Attachments;
using Pakn.Core.Data;
using Pakn.Core.Seeding;
using Pakn.Host.Tests;
using SkiaSharp;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// Debian's Chromium through the real host on Kestrel: an officer acknowledges and answers, a
/// coordinator publishes, the public page shows the answer without the filer's data, the
/// leader's numbers match the database. Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly PaknWebFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

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
    public async Task Should_answer_publish_without_personal_data_and_count_it_when_staff_work_an_item_in_the_browser()
    {
        var code = await Items.AssignedAsync(_factory, "UBND_P_HAI_CHAU", $"Tôi là {Items.Name}, nhà tôi ở kiệt 45 Nguyễn Văn Linh, đèn đường hỏng cả tuần");

        var officer = await SignInAsync("canbo.haichau");
        await officer.GotoAsync($"{_baseUrl}/admin");
        await WaitInteractiveAsync(officer);
        await officer.Locator($"a:has-text('{code}')").WaitForAsync();
        await officer.ScreenshotAsync(new() { Path = Shot("1-queue.png"), FullPage = true });

        await OpenItemAsync(officer, code);
        await officer.ClickAsync("[data-action=acknowledge]");
        await officer.Locator("[data-testid=state]:has-text('Đơn vị đã tiếp nhận')").WaitForAsync();
        await officer.FillAsync(".answer-input textarea", $"Kính gửi ông {Items.Name}: ngày 21/11/2026 Đội quản lý chiếu sáng đã thay bóng đèn tại kiệt 45.");
        await officer.Keyboard.PressAsync("Tab");
        await officer.ClickAsync("[data-action=respond]");
        await officer.Locator("[data-testid=state]:has-text('Đã trả lời')").WaitForAsync();
        await officer.ScreenshotAsync(new() { Path = Shot("2-answered.png"), FullPage = true });

        var coordinator = await SignInAsync("tiepnhan");
        await OpenItemAsync(coordinator, code);
        await coordinator.ClickAsync("[data-action=publish]");
        await coordinator.Locator("[data-testid=public-copy]").WaitForAsync();
        await coordinator.ScreenshotAsync(new() { Path = Shot("3-published.png"), FullPage = true });

        var citizen = await _browser!.NewPageAsync();
        await citizen.GotoAsync($"{_baseUrl}/cong-khai?q=den+duong+nguyen+van+linh");
        await citizen.ClickAsync($"a[href='/cong-khai/{code}']");
        var publicText = await citizen.InnerTextAsync("main");
        await citizen.ScreenshotAsync(new() { Path = Shot("4-portal.png"), FullPage = true });
        Assert.Contains("Đội quản lý chiếu sáng đã thay bóng đèn", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(Items.Name, publicText, StringComparison.Ordinal);
        Assert.Contains("[họ tên]", publicText, StringComparison.Ordinal);

        var leader = await SignInAsync("lanhdao");
        await leader.GotoAsync($"{_baseUrl}/admin/tong-quan");
        await WaitInteractiveAsync(leader);
        var shown = int.Parse(await leader.InnerTextAsync("[data-figure=received]"), System.Globalization.CultureInfo.InvariantCulture);
        await leader.ScreenshotAsync(new() { Path = Shot("5-dashboard.png"), FullPage = true });
        Assert.Equal(await ReceivedThisYearAsync(), shown);
    }

    [Fact]
    public async Task Should_show_and_export_the_figures_the_database_holds_when_leader_opens_a_past_year()
    {
        using (var scope = _factory.Services.CreateScope())
        {
            await SeededSet.AddAsync(scope.ServiceProvider.GetRequiredService<PaknDbContext>(), SeededSet.Year, TestContext.Current.CancellationToken);
        }

        var leader = await SignInAsync("lanhdao");
        await leader.GotoAsync($"{_baseUrl}/admin/tong-quan?ky=nam&nam={SeededSet.Year}");
        await WaitInteractiveAsync(leader);
        await leader.Locator("[data-chart=period]").WaitForAsync();
        await leader.ScreenshotAsync(new() { Path = Shot("6-dashboard-year.png"), FullPage = true });
        var cards = leader.Locator("[data-target]");
        var shown = new List<(string, int, int)>();
        for (var i = 0; i < await cards.CountAsync(); i++)
        {
            var card = cards.Nth(i);
            shown.Add((await card.GetAttributeAsync("data-target") ?? "",
                int.Parse(await card.GetAttributeAsync("data-numerator") ?? "", System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(await card.GetAttributeAsync("data-denominator") ?? "", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var period = Pages.Dashboard.ReportPeriod.Of("nam", SeededSet.Year, 1)!;
        SeededSet.Expected expected;
        using (var scope = _factory.Services.CreateScope())
        {
            expected = await SeededSet.CountByHandAsync(scope.ServiceProvider.GetRequiredService<PaknDbContext>(), period, TestContext.Current.CancellationToken);
        }

        Assert.Equal(expected.Received, int.Parse(await leader.InnerTextAsync("[data-figure=received]"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Targets, shown);
        Assert.Equal(expected.Units.Count, await leader.Locator("[data-table=units] tbody tr").CountAsync());

        var download = await leader.RunAndWaitForDownloadAsync(() => leader.ClickAsync("[data-action=export]"));
        var file = Shot("bao-cao-nam.xlsx");
        await download.SaveAsAsync(file);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false);
        var targets = DashboardTests.Rows(document, "Chỉ tiêu");
        Assert.Equal(["Tổng số PAKN tiếp nhận", expected.Received.ToString(System.Globalization.CultureInfo.InvariantCulture)], targets[1]);
        Assert.Equal(expected.Targets, targets.Skip(4).Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture))).ToList());
        var total = DashboardTests.Rows(document, "Đơn vị")[^1];
        Assert.Equal(
            (expected.Units.Sum(u => u.Item2), expected.Units.Sum(u => u.Item3), expected.Units.Sum(u => u.Item4), expected.Units.Sum(u => u.Item5)),
            (int.Parse(total[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(total[3], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(total[4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(total[5], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Received.ToString(System.Globalization.CultureInfo.InvariantCulture), DashboardTests.Rows(document, "Theo thời gian")[^1][1]);
    }

    [Fact]
    public async Task Should_publish_only_after_the_head_approves_and_without_personal_data_when_the_unit_requires_approval()
    {
        const string Email = "bimat.nguyen@example.vn";
        const string Cccd = "048090001234";
        var code = await Items.AssignedAsync(_factory, "SO_XAY_DUNG",
            $"Tôi là {Items.Name}, CCCD {Cccd}, điện thoại {Items.Phone}, email {Email}. Mặt đường Lê Duẩn trước số 12 có ổ gà lớn rất nguy hiểm.",
            email: Email);

        var officer = await SignInAsync("canbo.xaydung");
        await OpenItemAsync(officer, code);
        await officer.FillAsync(".answer-input textarea",
            $"Kính gửi ông {Items.Name} (ĐT {Items.Phone}): ngày 21/11/2026 Đội duy tu hạ tầng của Sở Xây dựng đã sửa ổ gà trước số 12 Lê Duẩn.");
        await officer.Keyboard.PressAsync("Tab");
        await officer.ClickAsync("[data-action=respond]");
        await officer.Locator("[data-testid=approval-pending]").WaitForAsync();
        Assert.Equal("Đã chuyển đơn vị xử lý", await officer.InnerTextAsync("[data-testid=state]"));
        await officer.ScreenshotAsync(new() { Path = Shot("approval-1-officer-submitted.png"), FullPage = true });

        var head = await SignInAsync("truong.xaydung");
        await head.GotoAsync($"{_baseUrl}/admin/cho-duyet");
        await WaitInteractiveAsync(head);
        var card = head.Locator($"[data-approval='{code}']");
        await card.Locator("[data-testid=draft-answer]").WaitForAsync();
        await head.ScreenshotAsync(new() { Path = Shot("approval-2-head-list.png"), FullPage = true });
        await card.Locator("[data-action=approve-answer]").ClickAsync();
        await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        await OpenItemAsync(head, code);
        Assert.Equal("Đã trả lời", await head.InnerTextAsync("[data-testid=state]"));
        await head.ClickAsync("[data-action=publish]");
        await head.Locator("[data-testid=public-copy]").WaitForAsync();
        await head.ScreenshotAsync(new() { Path = Shot("approval-3-head-published.png"), FullPage = true });

        var citizen = await _browser!.NewPageAsync();
        await citizen.GotoAsync($"{_baseUrl}/cong-khai/{code}");
        var publicText = await citizen.InnerTextAsync("body");
        await citizen.ScreenshotAsync(new() { Path = Shot("approval-4-portal.png"), FullPage = true });
        Assert.Contains("Đội duy tu hạ tầng của Sở Xây dựng đã sửa ổ gà", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(Items.Name, publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bí Mật", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, publicText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Cccd, publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("123 456", publicText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_fill_the_answer_from_a_template_attach_evidence_and_get_an_extension_approved_in_the_browser()
    {
        var code = await Items.AssignedAsync(_factory, "SO_XAY_DUNG", "Mặt đường Hùng Vương lún sụt sau mưa");

        var officer = await SignInAsync("canbo.xaydung");
        await OpenItemAsync(officer, code);
        await officer.Locator(".template-picker").Nth(1).ClickAsync();
        await officer.Locator(".mud-popover-open .mud-list-item:has-text('Trả lời: đã xử lý xong')").ClickAsync();
        await officer.ScreenshotAsync(new() { Path = Shot("workflow-0-template-picked.png"), FullPage = true });
        await officer.WaitForFunctionAsync("() => document.querySelector('.answer-input textarea').value.length > 0", null, new() { Timeout = 10_000 });
        var filled = await officer.InputValueAsync(".answer-input textarea");
        Assert.Contains($"trả lời phản ánh {code}", filled, StringComparison.Ordinal);
        Assert.Contains("Sở Xây dựng", filled, StringComparison.Ordinal);

        await officer.SetInputFilesAsync(".evidence-input", new FilePayload
        {
            Name = "mat-duong-sau-sua.png",
            MimeType = "image/png",
            Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
        });
        await officer.Locator("a:has-text('mat-duong-sau-sua.png')").WaitForAsync();

        var date = DateTime.UtcNow.Date.AddDays(30);
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        await officer.FillAsync(".extension-date input", date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await officer.Keyboard.PressAsync("Enter");
        await officer.Keyboard.PressAsync("Escape");
        await officer.FillAsync("textarea[aria-label*='Lý do gia hạn'], .mud-input-control:has-text('Lý do gia hạn') textarea", "Chờ nhà thầu thi công lại lớp móng đường");
        await officer.Keyboard.PressAsync("Tab");
        await officer.ClickAsync("[data-action=request-extension]");
        await officer.Locator("[data-testid=extension-pending]").WaitForAsync();
        await officer.ScreenshotAsync(new() { Path = Shot("workflow-1-officer-template-evidence-extension.png"), FullPage = true });
        Assert.Equal(filled, await officer.InputValueAsync(".answer-input textarea"));

        var head = await SignInAsync("truong.xaydung");
        await head.GotoAsync($"{_baseUrl}/admin/cho-duyet");
        await WaitInteractiveAsync(head);
        var card = head.Locator($"[data-approval='{code}']");
        await card.Locator("[data-action=approve-extension]").WaitForAsync();
        await head.ScreenshotAsync(new() { Path = Shot("workflow-2-head-extension.png"), FullPage = true });
        await card.Locator("[data-action=approve-extension]").ClickAsync();
        await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var item = await Items.ReadAsync(_factory, code);
        Assert.Equal(Core.Sla.ExtensionState.Approved, item.ExtensionState);
        Assert.Equal(DateOnly.FromDateTime(date), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.ResolutionDueAt!.Value, Portal.PublicHtml.Zone).DateTime));
        Assert.Contains(item.Attachments, a => a.Evidence && !a.Published);
    }

    [Fact]
    public async Task Should_blur_the_region_a_moderator_marks_with_two_clicks_in_the_browser()
    {
        var code = await Items.AssignedAsync(_factory, "UBND_P_HAI_CHAU", "Rác thải đổ trộm ở kiệt 12 Lê Duẩn");
        using var bitmap = new SKBitmap(400, 200);
        for (var y = 0; y < 200; y++)
        {
            for (var x = 0; x < 400; x++)
            {
                bitmap.SetPixel(x, y, (x / 4 + y / 4) % 2 == 0 ? SKColors.Black : SKColors.White);
            }
        }

        var photo = bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        using (var services = _factory.Services.CreateScope())
        {
            var actions = services.ServiceProvider.GetRequiredService<ItemActions>();
            var officer = await StaffSession.ScopeAsync(_factory, "canbo.haichau");
            Assert.True((await actions.AddEvidenceAsync(officer, code, "hien-truong.png", "image/png", photo, publish: false, TestContext.Current.CancellationToken)).Succeeded);
            Assert.True((await actions.RespondAsync(officer, code, "Ngày 21/11/2026 Đội vệ sinh phường đã thu gom rác tại kiệt 12; ông Trần Văn Tổ trưởng giám sát.", TestContext.Current.CancellationToken)).Succeeded);
        }

        var coordinator = await SignInAsync("tiepnhan");
        await OpenItemAsync(coordinator, code);
        await coordinator.ClickAsync("[data-action=blur-file]");
        var image = coordinator.Locator("[data-testid=blur-image]");
        await image.WaitForAsync();
        await coordinator.WaitForFunctionAsync("() => document.querySelector('[data-testid=blur-image]').complete");
        // Drawn at 400 × 200: the left half's middle (100..200, 50..150).
        await image.ClickAsync(new() { Position = new() { X = 100, Y = 50 } });
        await image.ClickAsync(new() { Position = new() { X = 200, Y = 150 } });
        await coordinator.Locator("[data-region='0']").WaitForAsync();
        Assert.True(await coordinator.IsEnabledAsync("[data-action=save-blur]"));
        await coordinator.ScreenshotAsync(new() { Path = Shot("blur-1-marked.png"), FullPage = true });
        await coordinator.ClickAsync("[data-action=save-blur]");
        await coordinator.Locator("[data-testid=blurred]").WaitForAsync();
        await coordinator.ScreenshotAsync(new() { Path = Shot("blur-2-saved.png"), FullPage = true });

        var stored = (await Items.ReadAsync(_factory, code)).Attachments.Single();
        using var blurred = SKBitmap.Decode(_factory.Services.GetRequiredService<AttachmentStore>().Open(stored.PublicStorageKey!));
        static bool Grey(SKColor c) => c.Red is > 60 and < 196;
        Assert.True(Grey(blurred.GetPixel(150, 100)), "the middle of the marked region is blurred");
        Assert.False(Grey(blurred.GetPixel(90, 100)) || Grey(blurred.GetPixel(210, 100)) || Grey(blurred.GetPixel(300, 100)), "outside the region stays sharp");
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var context = await _browser!.NewContextAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = 1366, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => Console.WriteLine($"[browser {userName}] {m.Type}: {m.Text}");
        page.RequestFailed += (_, r) => Console.WriteLine($"[browser {userName}] failed {r.Url} {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) { Console.WriteLine($"[browser {userName}] {r.Status} {r.Url}"); } };
        await page.GotoAsync($"{_baseUrl}/admin/dang-nhap");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoStaff.Password);
        await page.ClickAsync("button[type=submit]");
        // The first sign-in of a fresh host hashes the password and renders the queue cold; on a
        // loaded CI machine that alone can pass Playwright's 30 s default.
        await page.WaitForURLAsync($"{_baseUrl}/admin", new() { Timeout = 90_000 });
        return page;
    }

    private async Task OpenItemAsync(IPage page, string code)
    {
        await page.GotoAsync($"{_baseUrl}/admin/phan-anh/{code}");
        await WaitInteractiveAsync(page);
    }

    private static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("#circuit[data-interactive=yes]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });

    private async Task<int> ReceivedThisYearAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var period = Pages.Dashboard.ReportPeriod.Of("nam", TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Portal.PublicHtml.Zone).Year, 1)!;
        return await db.Feedback.CountAsync(f => f.ReceivedAt >= period.From && f.ReceivedAt < period.To, TestContext.Current.CancellationToken);
    }

    private static string Shot(string name) => Path.Combine(Screenshots, name);
}
