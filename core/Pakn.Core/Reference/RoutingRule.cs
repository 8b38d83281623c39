namespace Pakn.Core.Reference;

/// <summary>
/// One row of the routing table: field × area → unit. A rule without an area applies to every
/// area that has no rule of its own; a rule without a unit sends the item to the area's own
/// People's Committee (competence by level, not by where the item was filed).
/// </summary>
public sealed class RoutingRule
{
    public int Id { get; init; }
    public required string FieldCode { get; set; }
    public string? AreaCode { get; set; }
    public string? UnitCode { get; set; }
}
