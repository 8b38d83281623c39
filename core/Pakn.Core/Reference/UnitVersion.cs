namespace Pakn.Core.Reference;

/// <summary>
/// What a unit was called, where it sat and what it governed during [ValidFrom, ValidTo): the
/// <see cref="Unit"/> row holds today's values under a code items keep pointing at, and these
/// rows let a report for a past period show the name of that time.
/// </summary>
public sealed class UnitVersion
{
    public int Id { get; init; }
    public required string UnitCode { get; init; }
    public int Version { get; init; }
    public required string Name { get; init; }
    public UnitLevel Level { get; init; }
    public string? AreaCode { get; init; }
    public string? ParentCode { get; init; }
    public DateTimeOffset ValidFrom { get; init; }

    /// <summary>Null for the version in force.</summary>
    public DateTimeOffset? ValidTo { get; set; }

    public string ChangedBy { get; init; } = "";
    public string? Note { get; init; }
}
