using System.Text.Json.Serialization;

namespace Pakn.Bot.Open311;

/// <summary>GeoReport v2 shapes, with the spec's snake_case names.</summary>
public sealed record Open311Service(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("service_name")] string ServiceName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("metadata")] bool Metadata,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("keywords")] string Keywords,
    [property: JsonPropertyName("group")] string Group);

public sealed record Open311ServiceDefinition(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] IReadOnlyList<object> Attributes);

public sealed record Open311Request(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("status_notes")] string StatusNotes,
    [property: JsonPropertyName("extended_status")] string ExtendedStatus,
    [property: JsonPropertyName("service_name")] string? ServiceName,
    [property: JsonPropertyName("service_code")] string? ServiceCode,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("agency_responsible")] string? AgencyResponsible,
    [property: JsonPropertyName("service_notice")] string? ServiceNotice,
    [property: JsonPropertyName("requested_datetime")] DateTimeOffset RequestedDatetime,
    [property: JsonPropertyName("updated_datetime")] DateTimeOffset UpdatedDatetime,
    [property: JsonPropertyName("expected_datetime")] DateTimeOffset? ExpectedDatetime,
    [property: JsonPropertyName("address")] string? Address);

public sealed record Open311Created(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("service_notice")] string ServiceNotice);

public sealed record Open311Error(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("description")] string Description);
