namespace Pakn.Core.DirectLine;

/// <summary>
/// One Direct Line conversation (web chat). Its activities are numbered from 1 in the order they
/// commit: a writer (of any host process) raises <see cref="LastSequence"/> first in its
/// transaction, which locks the row, so a watermark never skips an activity committed later.
/// </summary>
public sealed class DirectLineConversation
{
    public required string Id { get; init; }

    /// <summary>The user id the token was issued for, when the client gave one.</summary>
    public string? UserId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public long LastSequence { get; set; }

    /// <summary>When the last activity was stored: retention purges transcripts by it.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>The greeting was asked for once; a reconnecting page does not get it again.</summary>
    public bool Started { get; set; }
}
