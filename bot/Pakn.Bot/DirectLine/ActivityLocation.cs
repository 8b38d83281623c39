using System.Globalization;
using System.Text.Json;
using Pakn.Bot.Conversations;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// A location shared in an activity, as Bot Framework clients send it: an entity of type
/// <c>Place</c> (with <c>geo</c>) or <c>GeoCoordinates</c>, or a <c>location</c> attachment
/// carrying one of them. Zalo's location events reach the dialog the same way.
/// </summary>
public static class ActivityLocation
{
    private static readonly string[] AttachmentTypes =
    [
        "location",
        "application/vnd.microsoft.entity.place",
        "application/vnd.microsoft.entity.geocoordinates",
    ];

    public static ChatLocation? From(Activity activity)
    {
        if (activity.Extra?.GetValueOrDefault("entities") is { ValueKind: JsonValueKind.Array } entities)
        {
            foreach (var entity in entities.EnumerateArray())
            {
                if (Read(entity) is { } location)
                {
                    return location;
                }
            }
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (AttachmentTypes.Contains(attachment.ContentType, StringComparer.OrdinalIgnoreCase)
                && attachment.Content is JsonElement content && Read(content, typeRequired: false) is { } location)
            {
                return location;
            }
        }

        return null;
    }

    private static ChatLocation? Read(JsonElement element, bool typeRequired = true)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = Text(element, "type");
        if (type is "GeoCoordinates" || (!typeRequired && type is null && element.TryGetProperty("latitude", out _)))
        {
            return Coordinates(element, null);
        }

        if (type is "Place" || (!typeRequired && type is null))
        {
            var address = Text(element, "address") ?? Text(element, "name");
            return element.TryGetProperty("geo", out var geo) && geo.ValueKind == JsonValueKind.Object ? Coordinates(geo, address) : null;
        }

        return null;
    }

    private static ChatLocation? Coordinates(JsonElement geo, string? address) =>
        Number(geo, "latitude") is { } latitude && Number(geo, "longitude") is { } longitude
            ? new ChatLocation(latitude, longitude, string.IsNullOrWhiteSpace(address) ? null : address)
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDouble(out var number) => number,
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
