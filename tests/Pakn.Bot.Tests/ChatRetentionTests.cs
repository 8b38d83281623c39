using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Bot.Conversations;
using Pakn.Core.Attachments;
using Pakn.Core.DirectLine;

namespace Pakn.Bot.Tests;

/// <summary>
/// Chat data past its retention goes, in batches; what the citizen filed stays with the item.
/// Defaults: 30 days for a half-filled form, 180 days for conversation state and transcripts.
/// </summary>
public sealed class ChatRetentionTests : IDisposable
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1];
    private readonly ChatHarness _chat = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ChatRetention Retention => _chat.Services.GetRequiredService<ChatRetention>();
    private AttachmentStore Store => _chat.Services.GetRequiredService<AttachmentStore>();

    [Fact]
    public async Task Should_clear_a_half_filled_form_and_its_pending_files_after_thirty_days_and_keep_the_filed_item()
    {
        var filedKey = await FileWithPhotoAsync("filed");
        _chat.ConversationId = "abandoned";
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync(null, uploads: [new("bo-do.jpg", "image/jpeg", Jpeg)]);
        await _chat.SendAsync("Rác thải đổ trộm ở bãi đất trống cuối đường Trần Cao Vân mấy tuần nay");
        var pendingKey = (await StateAsync("abandoned")).Files.Single().StorageKey;

        _chat.Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(new ChatPurge(0, 0, 0), await Retention.PurgeAsync(Ct));
        _chat.Time.Advance(TimeSpan.FromDays(2));
        var purged = await Retention.PurgeAsync(Ct);

        Assert.Equal(new ChatPurge(1, 0, 0), purged);
        var abandoned = await StateAsync("abandoned");
        Assert.Null(abandoned.Form);
        Assert.Empty(abandoned.Values);
        Assert.Empty(abandoned.Files);
        Assert.False(Store.Exists(pendingKey));
        Assert.True(Store.Exists(filedKey));
        var resumed = await _chat.SendAsync("xin chào");
        Assert.DoesNotContain("Trần Cao Vân", resumed.Text());
    }

    [Fact]
    public async Task Should_delete_an_old_conversation_still_holding_a_form_with_its_pending_files()
    {
        _chat.ConversationId = "legacy-form";
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync(null, uploads: [new("bo-do.jpg", "image/jpeg", Jpeg)]);
        var pendingKey = (await StateAsync("legacy-form")).Files.Single().StorageKey;
        // A row stored before OpenForm was kept: its form is only in the state.
        await using (var db = _chat.CreateContext())
        {
            await db.Conversations.ExecuteUpdateAsync(set => set.SetProperty(c => c.OpenForm, (string?)null), Ct);
        }

        _chat.Time.Advance(TimeSpan.FromDays(181));
        var purged = await Retention.PurgeAsync(Ct);

        Assert.Equal(new ChatPurge(0, 1, 0), purged);
        Assert.False(Store.Exists(pendingKey));
    }

    [Fact]
    public async Task Should_delete_conversation_state_and_transcripts_after_180_days_in_batches_and_keep_the_items()
    {
        var filedKey = await FileWithPhotoAsync("filed");
        await using (var db = _chat.CreateContext())
        {
            var now = _chat.Time.GetUtcNow();
            for (var i = 0; i < 5; i++)
            {
                AddTranscript(db, $"old-{i}", now);
            }

            AddTranscript(db, "recent", now.AddDays(100));
            // Stored before LastActivityAt existed: old conversation, recent activity.
            AddTranscript(db, "legacy", now, legacy: true, activityAt: now.AddDays(100));
            await db.SaveChangesAsync(Ct);
        }

        _chat.Settings["Pakn:Bot:Retention:BatchSize"] = "2";
        _chat.Restart();
        _chat.Time.Advance(TimeSpan.FromDays(179));
        Assert.Equal(new ChatPurge(0, 0, 0), await Retention.PurgeAsync(Ct));
        _chat.Time.Advance(TimeSpan.FromDays(2));
        var purged = await Retention.PurgeAsync(Ct);

        Assert.Equal(new ChatPurge(0, 1, 5), purged);
        await using var check = _chat.CreateContext();
        Assert.Empty(await check.Conversations.ToListAsync(Ct));
        Assert.Equal(["legacy", "recent"], await check.DirectLineConversations.Select(c => c.Id).OrderBy(i => i).ToListAsync(Ct));
        Assert.Equal(["legacy", "recent"], await check.DirectLineActivities.Select(a => a.ConversationId).OrderBy(i => i).ToListAsync(Ct));
        Assert.Equal(["legacy", "recent"], await check.DirectLineAttachments.Select(a => a.ConversationId).OrderBy(i => i).ToListAsync(Ct));
        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Contains("Nguyễn Văn Linh", item.Content, StringComparison.Ordinal);
        Assert.Equal("0905123456", item.Contact.Phone);
        Assert.Equal(filedKey, Assert.Single(item.Attachments).StorageKey);
        Assert.True(Store.Exists(filedKey));
    }

    /// <summary>Files an item with one photo in its own conversation; returns the photo's storage key.</summary>
    private async Task<string> FileWithPhotoAsync(string conversationId)
    {
        _chat.ConversationId = conversationId;
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync(null, uploads: [new("den-hong.jpg", "image/jpeg", Jpeg)]);
        await _chat.FileAsync();
        return Assert.Single(Assert.Single(await _chat.ItemsAsync()).Attachments).StorageKey;
    }

    private async Task<DialogState> StateAsync(string conversationId)
    {
        var key = ConversationEngine.KeyOf(ChatChannel.DirectLine, conversationId);
        var json = await _chat.QueryAsync(db => db.Conversations.Where(c => c.Key == key).Select(c => c.State).SingleAsync(Ct));
        return System.Text.Json.JsonSerializer.Deserialize<DialogState>(json)!;
    }

    private static void AddTranscript(Pakn.Core.Data.PaknDbContext db, string id, DateTimeOffset at, bool legacy = false, DateTimeOffset? activityAt = null)
    {
        db.DirectLineConversations.Add(new DirectLineConversation { Id = id, CreatedAt = at, LastActivityAt = legacy ? null : at, LastSequence = 1 });
        db.DirectLineActivities.Add(new DirectLineActivity { ConversationId = id, Sequence = 1, ActivityId = $"{id}|0000001", CreatedAt = activityAt ?? at, Body = "{}" });
        db.DirectLineAttachments.Add(new DirectLineAttachment { Id = Guid.NewGuid(), ConversationId = id, Name = "a.jpg", ContentType = "image/jpeg", Content = Jpeg, CreatedAt = at });
    }

    public void Dispose() => _chat.Dispose();
}
