namespace Pakn.Core.Reference;

/// <summary>
/// A unit that answers PAKN. Units are versioned, never rewritten: when units merge or are
/// renamed the old row gets <see cref="ValidTo"/> and <see cref="SucceededByCode"/>, and items
/// keep pointing at the unit that handled them, so history reads as it was.
/// </summary>
public sealed class Unit
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public UnitLevel Level { get; set; }

    /// <summary>For commune committees: the area they govern.</summary>
    public string? AreaCode { get; set; }

    /// <summary>The unit this one reports to (a department's division, a committee's office); null at the top.</summary>
    public string? ParentCode { get; set; }
    public string? Email { get; set; }

    /// <summary>
    /// Officers' answers wait for the unit head's approval before they go out. Off by default,
    /// so a unit opts in (the demo's Sở Xây dựng does); the head's own answers go out directly.
    /// </summary>
    public bool AnswerApprovalRequired { get; set; }
    public DateTimeOffset ValidFrom { get; set; }
    public DateTimeOffset? ValidTo { get; set; }
    public string? SucceededByCode { get; set; }

    public bool IsActiveAt(DateTimeOffset at) => ValidFrom <= at && (ValidTo is null || at < ValidTo);
}
