using System.Collections.Concurrent;
using Pakn.Bot.Conversations;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>
/// A predictable engine for protocol tests (the dialog itself is tested on its own): greets,
/// repeats what it was told, lists uploads, and records every turn it was handed.
/// </summary>
public sealed class ScriptedConversationEngine : IConversationEngine
{
    public const string Greeting = "Xin chào! Tôi là trợ lý tiếp nhận phản ánh.";

    public ConcurrentQueue<ChatTurn> Turns { get; } = new();
    public ConcurrentQueue<string> Starts { get; } = new();

    public Task<IReadOnlyList<BotMessage>> StartAsync(ChatChannel channel, string conversationId, string userId, CancellationToken cancellationToken)
    {
        Starts.Enqueue(conversationId);
        return Task.FromResult<IReadOnlyList<BotMessage>>(
            [new BotMessage(Greeting, [new ChatAction("Gửi phản ánh", "file"), new ChatAction("Tra cứu", "lookup")])]);
    }

    public Task<IReadOnlyList<BotMessage>> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        if (turn.Uploads is { Count: > 0 } uploads)
        {
            return Task.FromResult<IReadOnlyList<BotMessage>>(
                [new BotMessage($"Đã nhận {uploads.Count} tệp: " + string.Join(", ", uploads.Select(u => $"{u.FileName} ({u.ContentType}, {u.Content.Length} byte)")))]);
        }

        if (turn.Text == "tóm tắt")
        {
            return Task.FromResult<IReadOnlyList<BotMessage>>([new BotMessage("Bạn kiểm tra lại nhé:", Card: new BotCard(
                "Phản ánh của bạn",
                [new("Nội dung", "Đèn đường hỏng"), new("Phường/xã", "Hải Châu")],
                [new ChatAction("Gửi", "confirm")]))]);
        }

        return Task.FromResult<IReadOnlyList<BotMessage>>([new BotMessage($"Bạn vừa nói: {turn.Text}" + (turn.Value is null ? "" : $" [{turn.Value}]"))]);
    }
}
