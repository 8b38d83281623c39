using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pakn.Core.Conversations;
using Pakn.Core.Data;
using Pakn.Core.Intake;
using Pakn.Core.Notifications;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Runs each turn in three steps. It reads the conversation without a transaction and computes
/// the slow part (the classifier) with no lock held; then, in one short write transaction, it
/// checks the conversation row is still the version it read (optimistic concurrency: another
/// turn or process that committed first sends it back to the start), claims the turn id, runs
/// the dialog and commits the new state with its effects (a filed item, a re-opened one), or
/// nothing at all. A retried or concurrent copy of the same turn finds its id claimed.
/// </summary>
public sealed partial class ConversationEngine(IServiceScopeFactory scopes, TimeProvider time, ILogger<ConversationEngine> logger) : IConversationEngine
{
    /// <summary>Transports retry within seconds; the last few dozen ids are plenty to recognise a retry.</summary>
    private const int KeptTurnIds = 64;
    private const int MaxAttempts = 8;

    public Task<IReadOnlyList<BotMessage>> StartAsync(ChatChannel channel, string conversationId, string userId, CancellationToken cancellationToken) =>
        RunAsync(channel, conversationId, userId, null, null, Dialog.StartAsync, cancellationToken);

    public Task<IReadOnlyList<BotMessage>> HandleAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(turn.TurnId);
        if (turn.TurnId.Length > 128)
        {
            throw new ArgumentException("Turn ids are at most 128 characters.", nameof(turn));
        }

        return RunAsync(turn.Channel, turn.ConversationId, turn.UserId, turn.TurnId, turn, ctx => Dialog.HandleAsync(ctx, turn), cancellationToken);
    }

    public static string KeyOf(ChatChannel channel, string conversationId) =>
        $"{(channel == ChatChannel.Zalo ? NotificationChannels.Zalo : NotificationChannels.DirectLine)}:{conversationId}";

    private async Task<IReadOnlyList<BotMessage>> RunAsync(
        ChatChannel channel, string conversationId, string userId, string? turnId, ChatTurn? turn, Func<DialogContext, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var key = KeyOf(channel, conversationId);
        if (key.Length > ConversationRecord.KeyMaxLength || userId.Length > ConversationRecord.UserIdMaxLength)
        {
            throw new ArgumentException("Conversation or user id too long.", nameof(conversationId));
        }

        TurnSuggestions? suggestions = null;
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            try
            {
                // Read and compute, no lock held. The answers are kept across attempts: they
                // depend on the text only, so a retry computes just what the newer state asks.
                var read = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
                if (turnId is not null && read is not null && HandledTurns(read).Contains(turnId))
                {
                    return [];
                }

                suggestions ??= new TurnSuggestions(scope.ServiceProvider.GetService<IFieldSuggester>());
                await suggestions.PrepareAsync(StateOf(read), turn, cancellationToken);

                var strategy = db.Database.CreateExecutionStrategy();
                var replies = await strategy.ExecuteAsync(
                    ct => WriteAsync(db, scope.ServiceProvider, read?.Version, attempt, channel, key, conversationId, userId, turnId, suggestions, handle, ct),
                    cancellationToken);
                if (replies is not null)
                {
                    return replies;
                }

                LogConflict(channel, attempt);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another copy of this turn, or another turn of this conversation, committed
                // first (or created the row): start again from what it stored.
                LogConflict(channel, attempt);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or DbUpdateException or ArgumentException))
            {
                // A fault must not leave the citizen without an answer; nothing was committed.
                LogFailed(ex, channel);
                return [new BotMessage("Xin lỗi, hệ thống đang gặp sự cố nên chưa xử lý được tin nhắn vừa rồi. Bạn vui lòng gửi lại sau ít phút.")];
            }

            // A back-off in real time, not the domain clock: under a test clock that never
            // moves, a TimeProvider delay would never end.
            await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt), cancellationToken);
        }
    }

    /// <summary>
    /// The short write transaction. Null when the row moved on since it was read (the caller
    /// reads and computes again); on the last attempt it goes ahead with what it finds.
    /// </summary>
    private async Task<IReadOnlyList<BotMessage>?> WriteAsync(
        PaknDbContext db, IServiceProvider services, int? readVersion, int attempt, ChatChannel channel, string key, string conversationId,
        string userId, string? turnId, TurnSuggestions suggestions, Func<DialogContext, Task> handle, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var record = await db.Conversations.SingleOrDefaultAsync(c => c.Key == key, ct);
        if (record?.Version != readVersion && attempt < MaxAttempts)
        {
            return null;
        }

        if (record is null)
        {
            record = new ConversationRecord { Key = key, Channel = key[..key.IndexOf(':', StringComparison.Ordinal)], UserId = userId, CreatedAt = now };
            db.Conversations.Add(record);
        }

        var handled = HandledTurns(record);
        if (turnId is not null)
        {
            if (handled.Contains(turnId))
            {
                return [];
            }

            handled.Add(turnId);
            if (handled.Count > KeptTurnIds)
            {
                handled.RemoveRange(0, handled.Count - KeptTurnIds);
            }

            record.LastUserTurnAt = now;
        }

        // The claim is the transaction's first write: on servers that lock rows (PostgreSQL,
        // SQL Server) a concurrent copy of this turn waits here, then fails its version check.
        record.HandledTurns = JsonSerializer.Serialize(handled);
        record.UpdatedAt = now;
        record.Version++;
        await db.SaveChangesAsync(ct);

        var state = StateOf(record);
        var context = new DialogContext(state, channel, conversationId, userId, now, services, suggestions);
        await handle(context);

        record.State = JsonSerializer.Serialize(state);
        record.OpenForm = state.Form;
        record.Version++;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return context.Replies;
    }

    private static List<string> HandledTurns(ConversationRecord record) => JsonSerializer.Deserialize<List<string>>(record.HandledTurns) ?? [];

    private static DialogState StateOf(ConversationRecord? record) =>
        record is null ? new DialogState() : JsonSerializer.Deserialize<DialogState>(record.State) ?? new DialogState();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation turn on {Channel} conflicted (attempt {Attempt}); retrying")]
    private partial void LogConflict(ChatChannel channel, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation turn on {Channel} failed")]
    private partial void LogFailed(Exception exception, ChatChannel channel);
}
