using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.Browser.Tests;

/// <summary>
/// Headless Chromium drives the official Web Chat page served at "/" through our Direct Line, with
/// the real conversation engine. Screenshots go to screenshots/ in the test output folder.
/// </summary>
public sealed class WebChatTests
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Should_load_the_page_greet_in_vietnamese_and_answer_a_typed_message()
    {
        using var host = new ChatHost();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var chat = await OpenAsync(browser, host, "round-trip");

        var greeting = await chat.WaitForBotMessagesAsync(1);
        Assert.Contains("Xin chào", greeting, StringComparison.Ordinal);
        Assert.Equal("vi", await chat.Page.GetAttributeAsync("html", "lang"));
        await chat.ScreenshotAsync("greeting");

        var answer = await chat.SayAsync("cảm ơn");
        Assert.NotEmpty(answer);
        var transcript = await chat.TranscriptAsync();
        Assert.Contains("cảm ơn", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Send failed", transcript, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Không gửi được", transcript, StringComparison.Ordinal);
        await chat.ScreenshotAsync("answered");
    }

    [Fact]
    public async Task Should_file_a_pakn_in_vietnamese_on_a_phone_and_look_its_code_up()
    {
        using var host = new ChatHost();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var chat = await OpenAsync(browser, host, "filing", phone: true);
        await chat.WaitForBotMessagesAsync(1);

        await chat.TapAsync("Gửi phản ánh");
        await chat.SayAsync("Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm");
        var address = await chat.SayAsync("hai chau");
        Assert.Contains("Địa chỉ cụ thể", address, StringComparison.Ordinal);
        await chat.SayAsync("kiệt 45 Nguyễn Văn Linh");
        await chat.ShareLocationAsync("Đã ghi nhận vị trí");
        await chat.ScreenshotAsync("field-proposal");
        await chat.TapAsync("Đúng");
        await chat.SayAsync("Nguyễn Văn An");
        await chat.SayAsync("0905 123 456");
        await chat.SayAsync("bỏ qua");
        await chat.ScreenshotAsync("summary");
        Assert.Contains("Nguyễn Văn An", await chat.TranscriptAsync(), StringComparison.Ordinal);

        var filed = await chat.TapAsync("Gửi phản ánh");
        var code = WebChatPage.TrackingCode(filed); // the transcript also shows an example code
        Assert.True(code is not null, $"No tracking code after filing; last answer: {filed}");
        Assert.Contains("24 giờ", await chat.TranscriptAsync(), StringComparison.Ordinal);
        await chat.ScreenshotAsync("filed");

        var status = await chat.SayAsync($"tra cứu {code}");
        Assert.Contains(code, status, StringComparison.Ordinal);
        await chat.ScreenshotAsync("lookup");

        using var scope = host.Services.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Feedback
            .SingleAsync(f => f.TrackingCode == code, TestContext.Current.CancellationToken);
        Assert.Equal(Channel.WebChat, item.Channel);
        Assert.Equal("0905123456", item.Contact.Phone);
        Assert.False(string.IsNullOrEmpty(item.Contact.ReplyAddress));
        Assert.Equal((16.0605, 108.2129), (item.Latitude, item.Longitude));
    }

    [Fact]
    public async Task Should_explain_in_the_chat_why_an_uploaded_file_was_refused()
    {
        using var host = new ChatHost();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var chat = await OpenAsync(browser, host, "upload-refused");
        await chat.WaitForBotMessagesAsync(1);

        var answer = await chat.UploadAsync("chuong-trinh.exe", "application/octet-stream", "MZ-not-a-photo"u8.ToArray());

        Assert.Contains("không thuộc loại được nhận", answer, StringComparison.Ordinal);
        Assert.Contains("chỉ nhận ảnh", answer, StringComparison.Ordinal);
        await chat.ScreenshotAsync("refused");
        using var scope = host.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PaknDbContext>().DirectLineAttachments.CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<WebChatPage> OpenAsync(IBrowser browser, ChatHost host, string name, bool phone = false)
    {
        var context = await browser.NewContextAsync(phone
            ? new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "vi-VN",
                Geolocation = new() { Latitude = 16.0605f, Longitude = 108.2129f }, Permissions = ["geolocation"],
            }
            : new BrowserNewContextOptions { Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, Path.Combine(Screenshots, name));
        await chat.OpenAsync(host.BaseUrl);
        return chat;
    }
}
