using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Bot.Conversations;
using Pakn.Core.Intake;
using Pakn.Routing.Classification;

namespace Pakn.Bot.Tests;

/// <summary>
/// Many citizens at once on the embedded SQLite file: the classifier is asked with no database
/// lock held, so one slow classification never makes the other conversations' writes fail.
/// </summary>
public sealed class ConcurrentTurnTests
{
    private const int Conversations = 12;

    [Fact]
    public async Task Should_complete_every_concurrent_conversation_when_the_classifier_is_slow()
    {
        // The classifier answers only once every conversation is waiting for it at the same
        // time: a turn that asked it while holding the write lock would keep the others from
        // reaching it until their lock wait ran out ("database is locked").
        var gate = new Gate(Conversations);
        using var chat = await ChatHarness.OnSqliteFileAsync(services => services.AddSingleton<IFieldSuggester>(
            sp => new GatedSuggester(ActivatorUtilities.CreateInstance<FieldSuggester>(sp), gate)));
        var ids = Enumerable.Range(0, Conversations).Select(i => $"concurrent-{i}").ToList();

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => FileAsync(chat, id))));

        Assert.False(gate.TimedOut, "The classifier was never asked by all conversations at once.");
        foreach (var replies in results)
        {
            Assert.DoesNotContain(replies, r => r.Text.Contains("sự cố", StringComparison.Ordinal));
        }

        var items = await chat.QueryAsync(db => db.Feedback.AsNoTracking().ToListAsync());
        Assert.Equal(Conversations, items.Count);
        Assert.All(items, i => Assert.Equal("P_HAI_CHAU", i.AreaCode));
    }

    private static async Task<List<BotMessage>> FileAsync(ChatHarness chat, string conversationId)
    {
        var replies = new List<BotMessage>();
        var turn = 0;
        foreach (var text in new[]
        {
            "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm",
            "Hải Châu", "bỏ qua", "đúng", "Nguyễn Văn An", "0905 123 456", "bỏ qua", "gửi",
        })
        {
            replies.AddRange(await chat.Engine.HandleAsync(
                new ChatTurn(ChatChannel.DirectLine, conversationId, "user-" + conversationId, $"{conversationId}-{++turn}", chat.Time.GetUtcNow(), text),
                TestContext.Current.CancellationToken));
        }

        return replies;
    }

    private sealed class Gate(int expected)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public bool TimedOut { get; private set; }

        public async Task PassAsync()
        {
            if (Interlocked.Increment(ref _arrived) == expected)
            {
                _all.TrySetResult();
            }

            try
            {
                await _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                TimedOut = true;
            }
        }
    }

    private sealed class GatedSuggester(IFieldSuggester inner, Gate gate) : IFieldSuggester
    {
        public async Task<FieldSuggestion> SuggestAsync(string text, CancellationToken cancellationToken)
        {
            await gate.PassAsync();
            return await inner.SuggestAsync(text, cancellationToken);
        }
    }
}
