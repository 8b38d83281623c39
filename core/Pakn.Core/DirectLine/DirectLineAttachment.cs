namespace Pakn.Core.DirectLine;

/// <summary>
/// A file a citizen uploaded in web chat, kept so the transcript can show it again (any host
/// process serves it). The random id is the capability: image tags cannot send a token.
/// </summary>
public sealed class DirectLineAttachment
{
    public Guid Id { get; init; }
    public required string ConversationId { get; init; }
    public required string Name { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
