using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.DirectLine;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Conversations and their activities in the database, so any host process serves any
/// conversation and a restart loses nothing.
/// </summary>
public sealed class ActivityStore(PaknDbContext db, ActivitySignal signal, TimeProvider time)
{
    public const string ChannelId = "directline";

    /// <summary>How many activities one poll or stream message carries at most.</summary>
    public const int PageSize = 100;

    public static ChannelAccount Bot { get; } = new("pakn-bot", "Pakn", "bot");

    public Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        db.DirectLineConversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);

    /// <summary>Creates the conversation unless it exists (a token names it before it is started); true when created.</summary>
    public async Task<bool> EnsureAsync(string conversationId, string? userId, CancellationToken cancellationToken)
    {
        if (await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow();
        db.DirectLineConversations.Add(new DirectLineConversation
        {
            Id = conversationId,
            UserId = userId,
            CreatedAt = now,
            LastActivityAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken))
            {
                return false; // the same client started it twice at once
            }

            throw;
        }
    }

    /// <summary>True once per conversation: for the caller that should ask for the greeting.</summary>
    public async Task<bool> TryMarkStartedAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.DirectLineConversations
            .Where(c => c.Id == conversationId && !c.Started)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Started, true), cancellationToken) == 1;

    public Task<string?> FindByClientIdAsync(string conversationId, string clientActivityId, CancellationToken cancellationToken) =>
        db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.ClientActivityId == clientActivityId)
            .Select(a => a.ActivityId)
            .SingleOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        db.DirectLineActivities.AnyAsync(a => a.ConversationId == conversationId && a.ActivityId == activityId, cancellationToken);

    /// <summary>
    /// Numbers, stamps and stores the activities (with the uploaded files) in one transaction.
    /// Null when the conversation does not exist; <see cref="AppendResult.DuplicateOf"/> when a
    /// client activity id (or <paramref name="deliveryKey"/>, for one activity the bot sends on its
    /// own) was stored already: a retried post.
    /// </summary>
    public async Task<AppendResult?> AppendAsync(
        string conversationId,
        IReadOnlyList<Activity> activities,
        IReadOnlyList<DirectLineAttachment>? files,
        CancellationToken cancellationToken,
        string? deliveryKey = null)
    {
        try
        {
            // SQL Server's retrying strategy runs a whole transaction again, never half of one.
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => AppendOnceAsync(conversationId, activities, files, deliveryKey, ct), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only a retried post racing its original gets here (the client activity id is
            // unique): the original won.
            db.ChangeTracker.Clear();
            var clientId = activities.Select(a => a.ClientActivityId).FirstOrDefault(id => id is not null) ?? deliveryKey;
            if (clientId is not null && await FindByClientIdAsync(conversationId, clientId, cancellationToken) is { } existing)
            {
                return new AppendResult([], existing);
            }

            throw;
        }
    }

    private async Task<AppendResult?> AppendOnceAsync(
        string conversationId,
        IReadOnlyList<Activity> activities,
        IReadOnlyList<DirectLineAttachment>? files,
        string? deliveryKey,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();

        // Taking the numbers is the transaction's first write: it locks the conversation row (a
        // writer's lock on SQLite), so writers take turns and commit in number order.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var count = activities.Count;
        if (await db.DirectLineConversations.Where(c => c.Id == conversationId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastSequence, c => c.LastSequence + count).SetProperty(c => c.LastActivityAt, now), cancellationToken) == 0)
        {
            return null;
        }

        var sequence = await db.DirectLineConversations.Where(c => c.Id == conversationId)
            .Select(c => c.LastSequence).SingleAsync(cancellationToken) - count;
        var rows = new List<DirectLineActivity>();
        foreach (var activity in activities)
        {
            sequence++;
            activity.Id = $"{conversationId}|{sequence:D7}";
            activity.Timestamp = now;
            activity.ChannelId = ChannelId;
            activity.Conversation = new ConversationAccount(conversationId);
            rows.Add(new DirectLineActivity
            {
                ConversationId = conversationId,
                Sequence = sequence,
                ActivityId = activity.Id,
                ClientActivityId = activity.ClientActivityId ?? deliveryKey,
                FromBot = activity.From?.Role == "bot",
                CreatedAt = now,
                Body = JsonSerializer.Serialize(activity, ActivityJson.Options),
            });
        }

        db.DirectLineActivities.AddRange(rows);
        if (files is not null)
        {
            db.DirectLineAttachments.AddRange(files);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        signal.Notify(conversationId);
        return new AppendResult(rows.Select(r => r.ActivityId).ToList(), null);
    }

    /// <summary>Stored activities after <paramref name="watermark"/>, as JSON, and the new watermark.</summary>
    public async Task<ActivityPage> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var rows = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence)
            .Take(PageSize)
            .Select(a => new { a.Sequence, a.Body })
            .ToListAsync(cancellationToken);
        return new ActivityPage(rows.Select(r => r.Body).ToList(), rows.Count == 0 ? watermark : rows[^1].Sequence);
    }
}

public sealed record AppendResult(IReadOnlyList<string> Ids, string? DuplicateOf);

public sealed record ActivityPage(IReadOnlyList<string> Activities, long Watermark)
{
    /// <summary>The Direct Line <c>{activities, watermark}</c> object, written from the stored JSON as it is.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in Activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
