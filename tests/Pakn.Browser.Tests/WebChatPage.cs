using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pakn.Browser.Tests;

/// <summary>The chat page as a citizen on a phone uses it: read the bot, type, tap quick replies.</summary>
public sealed partial class WebChatPage(IPage page, string screenshots)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private int _shot;

    public IPage Page => page;

    private ILocator BotBubbles => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
    private ILocator SendBox => page.Locator("[data-id='webchat-sendbox-input']");

    public async Task OpenAsync(string baseUrl)
    {
        await page.GotoAsync(baseUrl + "/");
        await SendBox.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
    }

    /// <summary>Waits until at least <paramref name="count"/> bot messages are shown; returns the newest one's text.</summary>
    public async Task<string> WaitForBotMessagesAsync(int count)
    {
        await Assertions.Expect(BotBubbles).Not.ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = (float)Wait.TotalMilliseconds });
        var deadline = DateTime.UtcNow + Wait;
        while (await BotBubbles.CountAsync() < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {Wait} for bot message {count}; the transcript reads:\n{await TranscriptAsync()}");
            await Task.Delay(100);
        }

        return await BotBubbles.Last.InnerTextAsync();
    }

    /// <summary>Types a message and waits for the bot's answer to it; returns the answer's text.</summary>
    public async Task<string> SayAsync(string text)
    {
        var before = await BotBubbles.CountAsync();
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
        return await WaitForBotMessagesAsync(before + 1);
    }

    /// <summary>Taps a quick reply under the newest message and waits for the answer.</summary>
    public async Task<string> TapAsync(string title)
    {
        var before = await BotBubbles.CountAsync();
        await page.Locator(".webchat__suggested-actions button").Filter(new LocatorFilterOptions { HasText = title }).First.ClickAsync();
        return await WaitForBotMessagesAsync(before + 1);
    }

    /// <summary>Presses the page's "share my location" button; waits for the bot's message containing <paramref name="expected"/>.</summary>
    public async Task ShareLocationAsync(string expected)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi vị trí của tôi" }).ClickAsync();
        await Assertions.Expect(BotBubbles.Filter(new LocatorFilterOptions { HasText = expected }))
            .Not.ToHaveCountAsync(0, new LocatorAssertionsToHaveCountOptions { Timeout = (float)Wait.TotalMilliseconds });
        await WaitForBotMessagesAsync(await BotBubbles.CountAsync());
    }

    /// <summary>Attaches a file with Web Chat's upload button, sends it, and waits for the bot's answer.</summary>
    public async Task<string> UploadAsync(string name, string mimeType, byte[] content)
    {
        var before = await BotBubbles.CountAsync();
        await page.Locator("#webchat input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
        // Web Chat 4.18 attaches first and sends with the send button (sendAttachmentOn: "send").
        await page.Locator("#webchat button.webchat__send-button").ClickAsync();
        return await WaitForBotMessagesAsync(before + 1);
    }

    public Task<string> TranscriptAsync() => page.Locator("#webchat").InnerTextAsync();

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(screenshots);
        await page.WaitForTimeoutAsync(400); // Web Chat scrolls the newest message into view smoothly
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, $"{++_shot:D2}-{name}.png"), FullPage = true });
    }

    public static string? TrackingCode(string text) => TrackingCodePattern().Match(text) is { Success: true } match ? match.Value : null;

    [GeneratedRegex("PA-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex TrackingCodePattern();
}
