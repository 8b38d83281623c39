using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Notifications;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Proactive messages to web chat: the notification becomes a bot activity appended to the
/// citizen's conversation (<c>Contact.ReplyAddress</c>), which the page shows on its next poll or
/// at once over its WebSocket; a citizen who comes back later sees it in the transcript.
/// </summary>
public sealed class DirectLineNotificationTransport(IServiceScopeFactory scopes) : INotificationTransport
{
    public string Channel => NotificationChannels.DirectLine;

    public async Task<DeliveryResult> DeliverAsync(NotificationEnvelope notification, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<ActivityStore>();
        var conversation = await store.FindAsync(notification.Address, cancellationToken);
        if (conversation is null)
        {
            return DeliveryResult.Failure("The Direct Line conversation does not exist.");
        }

        var text = string.IsNullOrWhiteSpace(notification.Subject) ? notification.Body : $"**{notification.Subject}**\n\n{notification.Body}";
        if (notification.Link is { } link)
        {
            text += $"\n\nTheo dõi tại: {link}";
        }

        var activity = new Activity
        {
            Type = "message",
            From = ActivityStore.Bot,
            Recipient = new ChannelAccount(conversation.UserId ?? "user", null, "user"),
            Text = text,
            Locale = "vi-VN",
        };

        // The same notification delivered twice (a retry after a lost answer) shows once.
        var appended = await store.AppendAsync(notification.Address, [activity], null, cancellationToken, $"notification:{notification.NotificationId:N}");
        return appended is null ? DeliveryResult.Failure("The Direct Line conversation does not exist.") : DeliveryResult.Delivered;
    }
}
