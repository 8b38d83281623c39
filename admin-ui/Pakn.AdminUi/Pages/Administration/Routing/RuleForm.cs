namespace Pakn.AdminUi.Pages.Administration.Routing;

/// <summary>One row of the routing table as typed: field, area (none for every area), level, and the unit at province level.</summary>
public sealed class RuleForm
{
    public int? Id { get; set; }
    public string FieldCode { get; set; } = "";
    public string? AreaCode { get; set; }

    /// <summary>True: the People's Committee of the area where it happened answers; false: <see cref="UnitCode"/>.</summary>
    public bool CommuneLevel { get; set; }

    public string? UnitCode { get; set; }
}
