using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Attachments;
using Pakn.Core.Conversations;
using Pakn.Core.Data;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Purges chat data past its retention, in batches: half-filled forms (their answers and pending
/// files) after <see cref="ChatRetentionOptions.AbandonedFormAge"/>, then conversation state and
/// Direct Line transcripts after <see cref="ChatRetentionOptions.TranscriptAge"/>. Filed items keep
/// their own copies (content, contact, attachment files), so nothing an item needs is here.
/// Several host processes may run it at once: every step is a delete or a versioned update.
/// </summary>
public sealed partial class ChatRetention(
    IServiceScopeFactory scopes, AttachmentStore files, IOptions<ChatRetentionOptions> options, TimeProvider time, ILogger<ChatRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not in the way of start-up work.
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var purged = await PurgeAsync(stoppingToken);
                LogPurged(purged.Forms, purged.Conversations, purged.Transcripts);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }

            await Task.Delay(options.Value.Interval, time, stoppingToken);
        }
    }

    public async Task<ChatPurge> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var batch = Math.Max(1, settings.BatchSize);
        var forms = await ClearAbandonedFormsAsync(now - settings.AbandonedFormAge, batch, cancellationToken);
        var conversations = await DeleteConversationsAsync(now - settings.TranscriptAge, batch, cancellationToken);
        var transcripts = await DeleteTranscriptsAsync(now - settings.TranscriptAge, batch, cancellationToken);
        return new ChatPurge(forms, conversations, transcripts);
    }

    private Task<int> ClearAbandonedFormsAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken) =>
        PurgeConversationsAsync(c => c.OpenForm != null && c.UpdatedAt < before, batch, (_, stale) =>
        {
            var pending = new List<string>();
            foreach (var record in stale)
            {
                var state = Deserialize(record.State);
                pending.AddRange(state.Files.Select(f => f.StorageKey));
                // The code of an item filed earlier is no personal data and lets "tra cứu" still find it.
                record.State = JsonSerializer.Serialize(new DialogState { LastFiledCode = state.LastFiledCode });
                record.OpenForm = null;
                record.Version++;
            }

            return pending;
        }, cancellationToken);

    // Rows from before OpenForm was kept may still hold a form: it goes here with its files.
    private Task<int> DeleteConversationsAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken) =>
        PurgeConversationsAsync(c => c.UpdatedAt < before, batch, (db, stale) =>
        {
            var pending = stale.SelectMany(c => Deserialize(c.State).Files).Select(f => f.StorageKey).ToList();
            db.Conversations.RemoveRange(stale);
            return pending;
        }, cancellationToken);

    /// <summary>
    /// Takes the oldest matching conversations a batch at a time; <paramref name="purge"/> changes
    /// or removes them and returns the stored files they let go, deleted only after the save.
    /// </summary>
    private async Task<int> PurgeConversationsAsync(
        Expression<Func<ConversationRecord, bool>> isStale, int batch, Func<PaknDbContext, List<ConversationRecord>, List<string>> purge,
        CancellationToken cancellationToken)
    {
        var purged = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var stale = await db.Conversations.Where(isStale).OrderBy(c => c.UpdatedAt).Take(batch).ToListAsync(cancellationToken);
            if (stale.Count == 0)
            {
                return purged;
            }

            var pending = purge(db, stale);
            try
            {
                // The version check keeps a conversation a citizen came back to meanwhile: the next round reads again.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }

            // Files go only once no stored state refers to them any more.
            foreach (var key in pending)
            {
                files.Delete(key);
            }

            purged += stale.Count;
        }
    }

    private static DialogState Deserialize(string state) => JsonSerializer.Deserialize<DialogState>(state) ?? new DialogState();

    private async Task<int> DeleteTranscriptsAsync(DateTimeOffset before, int batch, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var ids = await db.DirectLineConversations
                // Conversations from before LastActivityAt was kept: their newest activity counts.
                .Where(c => (c.LastActivityAt
                    ?? db.DirectLineActivities.Where(a => a.ConversationId == c.Id).Max(a => (DateTimeOffset?)a.CreatedAt)
                    ?? c.CreatedAt) < before)
                .Select(c => c.Id)
                .Take(batch)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return deleted;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.DirectLineAttachments.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
            await db.DirectLineActivities.Where(a => ids.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
            deleted += await db.DirectLineConversations.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat retention: {Forms} half-filled forms cleared, {Conversations} conversation states and {Transcripts} Direct Line transcripts deleted")]
    private partial void LogPurged(int forms, int conversations, int transcripts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Chat retention run failed; the next run tries again")]
    private partial void LogFailed(Exception exception);
}

public sealed record ChatPurge(int Forms, int Conversations, int Transcripts);
