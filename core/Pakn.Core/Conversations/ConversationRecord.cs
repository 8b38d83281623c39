namespace Pakn.Core.Conversations;

/// <summary>
/// One chat conversation's state: the form being filled and the turns already handled, stored so
/// any host process can take the next turn and a restart loses nothing. The state itself is a
/// JSON document owned by the bot's dialog engine.
/// </summary>
public sealed class ConversationRecord
{
    public const int KeyMaxLength = 240;
    public const int UserIdMaxLength = 128;

    /// <summary>Channel and conversation id, e.g. <c>directline:abc</c>, <c>zalo:123</c>.</summary>
    public required string Key { get; init; }
    public required string Channel { get; init; }
    public required string UserId { get; set; }

    /// <summary>The dialog engine's state (form, slots, pending files), JSON.</summary>
    public string State { get; set; } = "{}";

    /// <summary>The channel's ids of the last turns handled, newest last, JSON; a retried turn is answered once.</summary>
    public string HandledTurns { get; set; } = "[]";

    /// <summary>
    /// The form left open (null when none): a half-filled form is kept for a shorter time than
    /// the rest (see ChatRetentionOptions).
    /// </summary>
    public string? OpenForm { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the citizen last wrote: Zalo allows free replies only for a while after it.</summary>
    public DateTimeOffset? LastUserTurnAt { get; set; }

    /// <summary>Optimistic concurrency: two processes never both apply a turn to one version.</summary>
    public int Version { get; set; }
}
