namespace Pakn.Core.DirectLine;

/// <summary>An activity of a Direct Line conversation, stored as the JSON clients receive.</summary>
public sealed class DirectLineActivity
{
    public required string ConversationId { get; init; }

    /// <summary>1, 2, 3… in commit order within the conversation: the watermark.</summary>
    public long Sequence { get; init; }

    public required string ActivityId { get; init; }

    /// <summary>The client's own id (<c>channelData.clientActivityID</c>): a retried post is recognised by it.</summary>
    public string? ClientActivityId { get; init; }

    public bool FromBot { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string Body { get; init; }
}
