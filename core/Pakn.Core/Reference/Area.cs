namespace Pakn.Core.Reference;

/// <summary>A commune, ward or special zone (xã, phường, đặc khu).</summary>
public sealed class Area
{
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>The name without its "Phường"/"Xã" prefix, as people say it.</summary>
    public required string ShortName { get; set; }

    /// <summary>The People's Committee that governs this area.</summary>
    public required string CommitteeUnitCode { get; set; }
}
