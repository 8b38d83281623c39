using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// The Bot Framework Activity schema, as much of it as Pakn reads or writes. Fields a client sends
/// that Pakn does not know (entities, localTimestamp…) are kept and echoed back unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Name { get; set; }
    public string? ReplyToId { get; set; }
    public string? InputHint { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Web Chat's own id for an activity it sends; it waits for the echo carrying it.</summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("clientActivityID", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}

public sealed record ChannelAccount(string? Id, string? Name = null, string? Role = null);

public sealed record ConversationAccount(string Id);

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public object? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}

public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);

/// <summary>
/// A button. Pakn sends <c>messageBack</c>: the citizen sees <see cref="DisplayText"/> as what they
/// said, the bot receives <see cref="Value"/>.
/// </summary>
public sealed record CardAction(string Type, string Title, string? Text = null, string? DisplayText = null, object? Value = null);

/// <summary>The JSON settings of the Direct Line wire format.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Vietnamese stays readable in stored JSON; markup characters are still escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        MaxDepth = 16,
    };
}
