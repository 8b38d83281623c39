namespace Pakn.Core.Reference;

/// <summary>A field (lĩnh vực) of PAKN; its code is stable, its texts are the administrators'.</summary>
public sealed class Field
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Resolution time for an item of this field, in working days.</summary>
    public int ResolutionDays { get; set; } = 10;

    /// <summary>
    /// Comma-separated keywords, written with or without diacritics; matched on text folded
    /// to plain ASCII. The routing rule of the skeleton; the classifier replaces it.
    /// </summary>
    public string Keywords { get; set; } = "";

    public int SortOrder { get; set; }
}
