using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Notifications;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>Proactive messages reach the citizen's web chat conversation.</summary>
public sealed class DirectLineNotificationTests
{
    [Fact]
    public async Task Should_append_a_notification_to_the_conversation_once_and_fail_for_an_unknown_one()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();
        var transport = host.Factory.Services.GetServices<INotificationTransport>().Single(t => t.Channel == NotificationChannels.DirectLine);
        var notification = new NotificationEnvelope(Guid.NewGuid(), NotificationChannels.DirectLine, conversation.Id,
            "Phản ánh PA-7K4M-9XQ2 đã có trả lời", "Phòng Quản lý đô thị đã trả lời phản ánh của bạn.", "http://localhost/tra-cuu/PA-7K4M-9XQ2");

        var first = await transport.DeliverAsync(notification, TestContext.Current.CancellationToken);
        var again = await transport.DeliverAsync(notification, TestContext.Current.CancellationToken);
        var unknown = await transport.DeliverAsync(notification with { Address = "no-such-conversation" }, TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryOutcome.Delivered, first.Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, again.Outcome);
        Assert.Equal(DeliveryOutcome.Failed, unknown.Outcome);
        var message = Assert.Single((await conversation.GetAsync()).Activities);
        Assert.Equal("bot", message.GetProperty("from").GetProperty("role").GetString());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("PA-7K4M-9XQ2 đã có trả lời", text, StringComparison.Ordinal);
        Assert.Contains("/tra-cuu/PA-7K4M-9XQ2", text, StringComparison.Ordinal);
    }
}
