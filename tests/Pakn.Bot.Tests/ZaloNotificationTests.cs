using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Notifications;

namespace Pakn.Bot.Tests;

public sealed class ZaloNotificationTests : IAsyncLifetime
{
    private FakeZaloServer _zalo = null!;

    public async ValueTask InitializeAsync() => _zalo = await FakeZaloServer.StartAsync();

    public async ValueTask DisposeAsync() => await _zalo.DisposeAsync();

    [Fact]
    public async Task Should_send_a_customer_service_text_with_the_link_within_the_reply_window()
    {
        await using var host = new ZaloHost(_zalo);
        await host.SayAsync("u-300", "xin chào");

        var result = await DeliverAsync(host, "u-300");

        Assert.Equal(DeliveryResult.Delivered, result);
        var sent = _zalo.Sent.Last();
        Assert.Equal("cs", sent.Kind);
        Assert.Contains("Phản ánh PA-7K4M-9XQ2 đã có trả lời", sent.Text);
        Assert.Contains("https://pakn.example.vn/tra-cuu/PA-7K4M-9XQ2", sent.Text);
    }

    [Fact]
    public async Task Should_fall_back_to_the_template_message_and_tell_staff_when_the_window_has_closed()
    {
        await using var host = new ZaloHost(_zalo);
        await host.SayAsync("u-301", "xin chào");
        await host.QueryAsync(db => db.Conversations.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUserTurnAt, DateTimeOffset.UtcNow.AddDays(-8))));
        var before = _zalo.Sent.Count;

        var result = await DeliverAsync(host, "u-301");

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Contains("tin mẫu", result.Error);
        var sent = Assert.Single(_zalo.Sent.Skip(before));
        Assert.Equal("transaction", sent.Kind);
        Assert.Contains("https://pakn.example.vn/tra-cuu/PA-7K4M-9XQ2", sent.Text);
    }

    [Fact]
    public async Task Should_fall_back_when_zalo_itself_says_the_window_has_closed()
    {
        await using var host = new ZaloHost(_zalo);
        await host.SayAsync("u-302", "xin chào");
        _zalo.ClosedWindows["u-302"] = true;

        var result = await DeliverAsync(host, "u-302");

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal("transaction", _zalo.Sent.Last().Kind);
    }

    [Fact]
    public async Task Should_fail_visibly_when_the_window_has_closed_and_the_template_is_refused()
    {
        await using var host = new ZaloHost(_zalo);
        _zalo.TemplatesFail = true;

        var result = await DeliverAsync(host, "u-never-wrote");

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Contains("Cần liên hệ người dân", result.Error);
        Assert.Empty(_zalo.Sent);
    }

    [Fact]
    public async Task Should_fail_visibly_when_the_window_has_closed_and_no_template_route_is_configured()
    {
        await using var host = new ZaloHost(_zalo, templateFallback: false);

        var result = await DeliverAsync(host, "u-never-wrote");

        Assert.Equal(DeliveryOutcome.Failed, result.Outcome);
        Assert.Contains("quá thời hạn trả lời miễn phí", result.Error);
        Assert.Empty(_zalo.Sent);
    }

    private static Task<DeliveryResult> DeliverAsync(ZaloHost host, string userId)
    {
        var transport = host.Services.GetServices<INotificationTransport>().Single(t => t.Channel == NotificationChannels.Zalo);
        return transport.DeliverAsync(
            new NotificationEnvelope(Guid.NewGuid(), NotificationChannels.Zalo, userId, "Phản ánh PA-7K4M-9XQ2 đã có trả lời",
                "Đơn vị đã trả lời phản ánh của bạn.", "https://pakn.example.vn/tra-cuu/PA-7K4M-9XQ2"),
            TestContext.Current.CancellationToken);
    }
}
