namespace Pakn.Bot.Conversations;

/// <summary>
/// One message from the bot. Transports map it to their format: Direct Line → Activity with
/// suggestedActions and an Adaptive/Hero card; Zalo → text plus buttons where the OA API allows.
/// </summary>
public sealed record BotMessage(string Text, IReadOnlyList<ChatAction>? Actions = null, BotCard? Card = null);

/// <summary>A quick reply: <paramref name="Title"/> shown, <paramref name="Value"/> sent back as the turn's Value.</summary>
public sealed record ChatAction(string Title, string Value);

/// <summary>A summary card: a title, label/value rows, optional buttons and link.</summary>
public sealed record BotCard(
    string Title,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    IReadOnlyList<ChatAction>? Actions = null,
    string? Link = null);
