using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pakn.Bot.Conversations;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Hands a stored user activity to the conversation engine and appends what it answers. Web Chat
/// cannot send <c>conversationUpdate</c>, so the page's <c>webchat/join</c> event starts the
/// conversation; a conversation is greeted once however often the page reconnects.
/// </summary>
public sealed partial class DirectLineBot(ActivityStore store, IServiceProvider services, ILogger<DirectLineBot> logger)
{
    private static readonly BotMessage Unavailable =
        new("Xin lỗi, trợ lý trò chuyện đang tạm ngừng. Bạn có thể gửi phản ánh qua cổng thông tin hoặc gọi đường dây nóng của phường/xã.");

    private static readonly BotMessage Failure =
        new("Xin lỗi, hệ thống đang gặp sự cố nên chưa xử lý được tin nhắn này. Bạn vui lòng gửi lại sau ít phút; những gì bạn đã trả lời trước đó vẫn được giữ.");

    public static bool IsStart(Activity activity) =>
        activity.Type == "conversationUpdate"
        || (activity.Type == "event" && activity.Name is "webchat/join" or "startConversation");

    /// <remarks>
    /// Runs to the end even when the client goes away: the engine may already have committed
    /// the turn, and its answer must still reach the transcript for the next poll.
    /// </remarks>
    public async Task RespondAsync(string conversationId, Activity received, IReadOnlyList<ChatUpload>? uploads, ChatLocation? location = null)
    {
        var engine = services.GetService<IConversationEngine>();
        IReadOnlyList<BotMessage> replies;
        try
        {
            if (IsStart(received))
            {
                replies = !await store.TryMarkStartedAsync(conversationId, CancellationToken.None) ? []
                    : engine is null ? [Unavailable]
                    : await engine.StartAsync(ChatChannel.DirectLine, conversationId, received.From!.Id!, CancellationToken.None);
            }
            else if (received.Type == "message")
            {
                replies = engine is null ? [Unavailable] : await engine.HandleAsync(Turn(conversationId, received, uploads, location), CancellationToken.None);
            }
            else
            {
                replies = [];
            }
        }
        catch (Exception ex)
        {
            LogEngineFailed(logger, ex, received.Type);
            replies = [Failure];
        }

        if (replies.Count > 0)
        {
            await store.AppendAsync(conversationId, replies.Select(r => BotActivities.From(r, received.From, received.Id)).ToList(), null, CancellationToken.None);
        }
    }

    private static ChatTurn Turn(string conversationId, Activity activity, IReadOnlyList<ChatUpload>? uploads, ChatLocation? location) => new(
        ChatChannel.DirectLine,
        conversationId,
        activity.From!.Id!,
        activity.Id!,
        activity.Timestamp!.Value,
        activity.Text,
        activity.Value switch
        {
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } value => value.GetRawText(),
            _ => null,
        },
        uploads is { Count: > 0 } ? uploads : null,
        location);

    // The activity type only: the text may carry personal data.
    [LoggerMessage(Level = LogLevel.Error, Message = "The conversation engine failed on a Direct Line {ActivityType} activity")]
    private static partial void LogEngineFailed(ILogger logger, Exception exception, string? activityType);
}
