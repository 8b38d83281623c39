namespace Pakn.Bot.Conversations;

/// <summary>The chat channels that feed the conversation engine.</summary>
public enum ChatChannel
{
    DirectLine,
    Zalo,
}

/// <summary>
/// One thing a citizen said or did in a chat, whatever the channel. <paramref name="TurnId"/> is the
/// channel's own id for it (activity id, Zalo msg_id): the engine handles a turn id once.
/// </summary>
public sealed record ChatTurn(
    ChatChannel Channel,
    string ConversationId,
    string UserId,
    string TurnId,
    DateTimeOffset At,
    string? Text = null,
    string? Value = null,
    IReadOnlyList<ChatUpload>? Uploads = null,
    ChatLocation? Location = null);

/// <summary>A file the citizen sent, already within the transport's hard size limit.</summary>
public sealed record ChatUpload(string FileName, string ContentType, ReadOnlyMemory<byte> Content);

public sealed record ChatLocation(double Latitude, double Longitude, string? Address = null);
