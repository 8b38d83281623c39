using Pakn.Core.Reference;

namespace Pakn.AdminUi.Pages.Administration.Units;

/// <summary>What an administrator types for a unit; <see cref="Note"/> says why a change was made.</summary>
public sealed class UnitForm
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitLevel Level { get; set; } = UnitLevel.ProvinceDepartment;
    public string? AreaCode { get; set; }
    public string? ParentCode { get; set; }
    public string? Email { get; set; }

    /// <summary>The unit's answers wait for its head's approval before they go out.</summary>
    public bool AnswerApprovalRequired { get; set; }

    public string? Note { get; set; }

    public static UnitForm From(Unit unit) => new()
    {
        Code = unit.Code,
        Name = unit.Name,
        Level = unit.Level,
        AreaCode = unit.AreaCode,
        ParentCode = unit.ParentCode,
        Email = unit.Email,
        AnswerApprovalRequired = unit.AnswerApprovalRequired,
    };
}

/// <summary>What an administrator types for a ward or commune.</summary>
public sealed class AreaForm
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public string CommitteeUnitCode { get; set; } = "";

    public static AreaForm From(Area area) => new()
    {
        Code = area.Code,
        Name = area.Name,
        ShortName = area.ShortName,
        CommitteeUnitCode = area.CommitteeUnitCode,
    };
}
