using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pakn.Bot.Conversations;
using Pakn.Core.Data;
using Pakn.Core.Notifications;

namespace Pakn.Bot.Zalo;

/// <summary>
/// Proactive messages to a Zalo user (acknowledged, information requested, answered, apology
/// letter). Within the free reply window: a customer-service text with the tracking link. After
/// it: the transaction (template) message with the link, reported as a failure so staff see that
/// the full text did not reach the citizen; with no such route, or when it fails too, the same.
/// </summary>
public sealed class ZaloNotificationTransport(
    ZaloClient client,
    IServiceScopeFactory scopes,
    IOptions<ZaloOptions> options,
    ZaloTokens keys,
    TimeProvider time) : INotificationTransport
{
    public string Channel => NotificationChannels.Zalo;

    public async Task<DeliveryResult> DeliverAsync(NotificationEnvelope notification, CancellationToken cancellationToken)
    {
        var zalo = options.Value;
        if (!(await keys.SettingsAsync(cancellationToken)).IsConfigured)
        {
            return DeliveryResult.Failure("Kênh Zalo OA chưa được cấu hình; cần báo cho người dân qua kênh khác.");
        }

        var windowOpen = await WindowOpenAsync(notification.Address, zalo, cancellationToken);
        if (windowOpen)
        {
            var text = $"{notification.Subject}\n{notification.Body}" + (notification.Link is { } link ? $"\nXem chi tiết: {link}" : "");
            var sent = await client.SendTextAsync(notification.Address, text, cancellationToken);
            switch (sent.Status)
            {
                case ZaloSendStatus.Sent:
                    return DeliveryResult.Delivered;
                case ZaloSendStatus.Transient:
                    return DeliveryResult.Retry(sent.Error!);
                case ZaloSendStatus.Failed:
                    return DeliveryResult.Failure(sent.Error!);
            }
        }

        const string closed = "Đã quá thời hạn trả lời miễn phí trên Zalo (người dân chưa nhắn lại cho OA)";
        if (!zalo.TemplateFallback)
        {
            return DeliveryResult.Failure($"{closed}; chưa cấu hình tin mẫu. Cần liên hệ người dân qua điện thoại hoặc email.");
        }

        var fallback = await client.SendTemplateAsync(notification.Address, notification.Subject, notification.Body, notification.Link, cancellationToken);
        return fallback.Status switch
        {
            // The citizen got the short template with the link, not the message itself: reported
            // as a failure so it lands in the staff list (the dispatcher keeps no note on success).
            ZaloSendStatus.Sent => DeliveryResult.Failure($"{closed}: chỉ gửi được tin mẫu kèm đường dẫn tra cứu, chưa gửi được toàn văn. Nếu cần, liên hệ người dân qua điện thoại hoặc email."),
            ZaloSendStatus.Transient => DeliveryResult.Retry(fallback.Error!),
            _ => DeliveryResult.Failure($"{closed}; gửi tin mẫu cũng không được ({fallback.Error}). Cần liên hệ người dân qua điện thoại hoặc email."),
        };
    }

    private async Task<bool> WindowOpenAsync(string userId, ZaloOptions zalo, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var key = ConversationEngine.KeyOf(ChatChannel.Zalo, userId);
        var last = await db.Conversations.AsNoTracking().Where(c => c.Key == key).Select(c => c.LastUserTurnAt).SingleOrDefaultAsync(cancellationToken);
        return last is { } at && time.GetUtcNow() - at <= zalo.ReplyWindow;
    }
}
