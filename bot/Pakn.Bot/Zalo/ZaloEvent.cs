using System.Globalization;
using System.Text.Json;

namespace Pakn.Bot.Zalo;

/// <summary>The parts of a Zalo OA webhook event the chat uses; anything else in the JSON is ignored.</summary>
public sealed record ZaloEvent(
    string AppId,
    string EventName,
    string SenderId,
    string Timestamp,
    string? MsgId,
    string? Text,
    IReadOnlyList<ZaloAttachment> Attachments)
{
    public DateTimeOffset At => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Timestamp, CultureInfo.InvariantCulture));

    /// <summary>The id a retry of this event repeats: msg_id, or for events without one (follow) the sender and time.</summary>
    public string DeliveryId => MsgId ?? $"{EventName}:{SenderId}:{Timestamp}";

    /// <summary>Null when the JSON is not an event we can trust the shape of.</summary>
    public static ZaloEvent? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || String(root, "app_id") is not { Length: > 0 and <= 64 } appId
                || String(root, "event_name") is not { Length: > 0 and <= 64 } eventName
                || String(root, "timestamp") is not { } timestamp
                || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms <= 0 || ms > 253_402_300_799_999
                || !root.TryGetProperty("sender", out var sender) || sender.ValueKind != JsonValueKind.Object
                || String(sender, "id") is not { Length: > 0 and <= 64 } senderId)
            {
                return null;
            }

            string? msgId = null;
            string? text = null;
            var attachments = new List<ZaloAttachment>();
            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object)
            {
                msgId = String(message, "msg_id");
                text = String(message, "text");
                if (message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var attachment in list.EnumerateArray().Take(10))
                    {
                        if (attachment.ValueKind == JsonValueKind.Object && attachment.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object)
                        {
                            attachments.Add(ZaloAttachment.From(String(attachment, "type") ?? "", payload));
                        }
                    }
                }
            }

            if (msgId is { Length: > 128 })
            {
                return null;
            }

            return new ZaloEvent(appId, eventName, senderId, timestamp, msgId, text, attachments);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>A photo, file or location in a Zalo message.</summary>
public sealed record ZaloAttachment(string Type, string? Url, string? Name, double? Latitude, double? Longitude)
{
    internal static ZaloAttachment From(string type, JsonElement payload)
    {
        string? Text(string name) => payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        double? latitude = null, longitude = null;
        if (payload.TryGetProperty("coordinates", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            latitude = Number(c, "latitude");
            longitude = Number(c, "longitude");
        }

        return new ZaloAttachment(type, Text("url"), Text("name"), latitude, longitude);
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out _),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            _ => false,
        }
            ? value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : null;
}
