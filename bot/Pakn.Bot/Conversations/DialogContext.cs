using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Intake;

namespace Pakn.Bot.Conversations;

/// <summary>Everything one turn works with: the stored state, the turn, this turn's services and the replies so far.</summary>
public sealed class DialogContext(
    DialogState state, ChatChannel channel, string conversationId, string userId, DateTimeOffset now, IServiceProvider services, TurnSuggestions? suggestions = null)
{
    private readonly List<BotMessage> _replies = [];

    public DialogState State { get; } = state;
    public ChatChannel Channel { get; } = channel;
    public string ConversationId { get; } = conversationId;
    public string UserId { get; } = userId;
    public DateTimeOffset Now { get; } = now;
    public IServiceProvider Services { get; } = services;
    /// <summary>The classifier's answers, computed before the turn's write transaction began.</summary>
    public TurnSuggestions Suggestions { get; } = suggestions ?? new TurnSuggestions(services.GetService<IFieldSuggester>());

    public PaknDbContext Db => Services.GetRequiredService<PaknDbContext>();

    /// <summary>
    /// Where proactive messages reach this citizen again: the Direct Line conversation, or the
    /// Zalo user (a Zalo user has one conversation with the OA).
    /// </summary>
    public string ReplyAddress => Channel == ChatChannel.Zalo ? UserId : ConversationId;

    public IReadOnlyList<BotMessage> Replies => _replies;

    public void Say(BotMessage message) => _replies.Add(message);

    public void Say(string text, IReadOnlyList<ChatAction>? actions = null) => _replies.Add(new BotMessage(text, actions));

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
