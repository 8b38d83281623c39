using MassTransit;
using Microsoft.Extensions.Logging;
using Pakn.Bot.Conversations;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Outbox;

namespace Pakn.Bot.Zalo;

/// <summary>
/// One verified Zalo event: text, photo, file or location becomes a turn of the conversation
/// (Zalo's msg_id is the turn id, so a redelivery is answered once), a follow starts one, and the
/// replies go out through the customer-service API.
/// </summary>
public sealed partial class ZaloEventConsumer(
    IConversationEngine engine,
    ZaloClient client,
    ZaloMedia media,
    PaknDbContext db,
    TimeProvider time,
    ILogger<ZaloEventConsumer> logger) : IConsumer<ZaloEventReceived>
{
    private const string Name = "zalo-event";

    public async Task Consume(ConsumeContext<ZaloEventReceived> context)
    {
        var messageId = context.RequireMessageId();
        var cancellationToken = context.CancellationToken;
        if (await db.IsProcessedAsync(messageId, Name, cancellationToken) || ZaloEvent.Parse(context.Message.Body) is not { } zaloEvent)
        {
            return;
        }

        var replies = await TurnAsync(zaloEvent, cancellationToken);
        foreach (var reply in replies)
        {
            await SendAsync(zaloEvent.SenderId, ZaloText.Of(reply), cancellationToken);
        }

        db.MarkProcessed(messageId, Name, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<BotMessage>> TurnAsync(ZaloEvent zaloEvent, CancellationToken cancellationToken)
    {
        var userId = zaloEvent.SenderId;
        ChatTurn Turn(string? text = null, IReadOnlyList<ChatUpload>? uploads = null, ChatLocation? location = null) =>
            new(ChatChannel.Zalo, userId, userId, zaloEvent.DeliveryId, zaloEvent.At, text, null, uploads, location);

        switch (zaloEvent.EventName)
        {
            case "follow":
                return await engine.StartAsync(ChatChannel.Zalo, userId, userId, cancellationToken);
            case "user_send_text":
                return await engine.HandleAsync(Turn(zaloEvent.Text ?? ""), cancellationToken);
            case "user_send_image" or "user_send_file":
                var uploads = new List<ChatUpload>();
                foreach (var attachment in zaloEvent.Attachments)
                {
                    if (await media.DownloadAsync(attachment, cancellationToken) is { } upload)
                    {
                        uploads.Add(upload);
                    }
                }

                if (uploads.Count == 0)
                {
                    return [new BotMessage("Tôi chưa tải được tệp bạn gửi. Bạn vui lòng gửi lại sau ít phút nhé.")];
                }

                return await engine.HandleAsync(Turn(zaloEvent.Text, uploads), cancellationToken);
            case "user_send_location":
                var point = zaloEvent.Attachments.FirstOrDefault(a => a.Latitude is not null && a.Longitude is not null);
                return point is null
                    ? [new BotMessage("Vị trí gửi kèm không đọc được, bạn vui lòng gửi lại.")]
                    : await engine.HandleAsync(Turn(zaloEvent.Text, location: new ChatLocation(point.Latitude!.Value, point.Longitude!.Value)), cancellationToken);
            case "user_send_sticker" or "user_send_gif":
                return await engine.HandleAsync(Turn("🙂"), cancellationToken);
            default:
                // unfollow, OA-side echoes, reactions: nothing to answer.
                return [];
        }
    }

    /// <summary>
    /// The turn is already handled (and would not be answered again), so a reply that fails for
    /// a moment is retried here rather than by redelivering the event.
    /// </summary>
    private async Task SendAsync(string userId, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var result = await client.SendTextAsync(userId, text, cancellationToken);
            if (result.Status == ZaloSendStatus.Sent)
            {
                return;
            }

            if (result.Status != ZaloSendStatus.Transient || attempt == 3)
            {
                LogNotSent(result.Status, result.Error);
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo reply not sent ({Status}): {Error}")]
    private partial void LogNotSent(ZaloSendStatus status, string? error);
}
