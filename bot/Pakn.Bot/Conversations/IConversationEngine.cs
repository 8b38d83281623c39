namespace Pakn.Bot.Conversations;

/// <summary>
/// The channel-independent conversation: transports (Direct Line, Zalo) hand it turns and send
/// back what it answers, in order. State lives in the database, so any host process can take
/// the next turn and a restart loses nothing.
/// </summary>
public interface IConversationEngine
{
    /// <summary>The greeting for a new conversation (Direct Line start event, Zalo follow).</summary>
    Task<IReadOnlyList<BotMessage>> StartAsync(ChatChannel channel, string conversationId, string userId, CancellationToken cancellationToken);

    /// <summary>Handles one turn; a turn id already handled returns no messages.</summary>
    Task<IReadOnlyList<BotMessage>> HandleAsync(ChatTurn turn, CancellationToken cancellationToken);
}
