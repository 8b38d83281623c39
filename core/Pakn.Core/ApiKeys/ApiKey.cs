namespace Pakn.Core.ApiKeys;

/// <summary>
/// A key an outside system (a partner portal, a city app) sends to the Open311 API. Only the
/// SHA-256 of the key is stored: the key is shown once, when it is made, and a leaked database
/// does not give it away. Keys are revoked, never deleted, so the list keeps who could file.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; init; }
    public required string Name { get; set; }

    /// <summary>The first characters of the key, to tell keys apart on screen.</summary>
    public required string Prefix { get; init; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
