using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pakn.Core.Outbox;

internal static class OutboxSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
