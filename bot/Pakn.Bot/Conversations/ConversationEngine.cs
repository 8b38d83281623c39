using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pakn.Core.Conversations;
using Pakn.Core.Data;
using Pakn.Core.Notifications;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Runs each turn in one database transaction: the turn id is claimed first (a version bump on
/// the conversation row), so a retried or concurrent copy of the same turn conflicts and finds
/// it handled; then the dialog runs and its effects (a filed item, a re-opened one) commit with
/// the new state, or not at all.
/// </summary>
public sealed partial class ConversationEngine(IServiceScopeFactory scopes, TimeProvider time, ILogger<ConversationEngine> logger) : IConversationEngine
{
    /// <summary>Transports retry within seconds; the last few dozen ids are plenty to recognise a retry.</summary>
    private const int KeptTurnIds = 64;
    private const int MaxAttempts = 5;

    public Task<IReadOnlyList<BotMessage>> StartAsync(ChatChannel channel, string conversationId, string userId, CancellationToken cancellationToken) =>
        RunAsync(channel, conversationId, userId, null, Dialog.StartAsync, cancellationToken);

    public Task<IReadOnlyList<BotMessage>> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(turn.TurnId);
        if (turn.TurnId.Length > 128)
        {
            throw new ArgumentException("Turn ids are at most 128 characters.", nameof(turn));
        }

        return RunAsync(turn.Channel, turn.ConversationId, turn.UserId, turn.TurnId, ctx => Dialog.HandleAsync(ctx, turn), cancellationToken);
    }

    public static string KeyOf(ChatChannel channel, string conversationId) =>
        $"{(channel == ChatChannel.Zalo ? NotificationChannels.Zalo : NotificationChannels.DirectLine)}:{conversationId}";

    private async Task<IReadOnlyList<BotMessage>> RunAsync(
        ChatChannel channel, string conversationId, string userId, string? turnId, Func<DialogContext, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var key = KeyOf(channel, conversationId);
        if (key.Length > ConversationRecord.KeyMaxLength || userId.Length > ConversationRecord.UserIdMaxLength)
        {
            throw new ArgumentException("Conversation or user id too long.", nameof(conversationId));
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(async ct =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var now = time.GetUtcNow();
                    var record = await db.Conversations.SingleOrDefaultAsync(c => c.Key == key, ct);
                    if (record is null)
                    {
                        record = new ConversationRecord { Key = key, Channel = key[..key.IndexOf(':', StringComparison.Ordinal)], UserId = userId, CreatedAt = now };
                        db.Conversations.Add(record);
                    }

                    var handled = JsonSerializer.Deserialize<List<string>>(record.HandledTurns) ?? [];
                    if (turnId is not null)
                    {
                        if (handled.Contains(turnId))
                        {
                            return (IReadOnlyList<BotMessage>)[];
                        }

                        handled.Add(turnId);
                        if (handled.Count > KeptTurnIds)
                        {
                            handled.RemoveRange(0, handled.Count - KeptTurnIds);
                        }

                        record.LastUserTurnAt = now;
                    }

                    record.HandledTurns = JsonSerializer.Serialize(handled);
                    record.UpdatedAt = now;
                    record.Version++;
                    await db.SaveChangesAsync(ct);

                    var state = JsonSerializer.Deserialize<DialogState>(record.State) ?? new DialogState();
                    var context = new DialogContext(state, channel, conversationId, userId, now, scope.ServiceProvider);
                    await handle(context);

                    record.State = JsonSerializer.Serialize(state);
                    record.Version++;
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return context.Replies;
                }, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another copy of this turn, or another turn of this conversation, committed
                // first (or created the row): start again from what it stored.
                LogConflict(channel, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), time, cancellationToken);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or DbUpdateException or ArgumentException))
            {
                // A fault must not leave the citizen without an answer; nothing was committed.
                LogFailed(ex, channel);
                return [new BotMessage("Xin lỗi, hệ thống đang gặp sự cố nên chưa xử lý được tin nhắn vừa rồi. Bạn vui lòng gửi lại sau ít phút.")];
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation turn on {Channel} conflicted (attempt {Attempt}); retrying")]
    private partial void LogConflict(ChatChannel channel, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation turn on {Channel} failed")]
    private partial void LogFailed(Exception exception, ChatChannel channel);
}
