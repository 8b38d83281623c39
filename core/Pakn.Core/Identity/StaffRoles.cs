namespace Pakn.Core.Identity;

/// <summary>The staff roles of DESIGN.md "Who uses it"; the codes are stored, the labels shown.</summary>
public static class StaffRoles
{
    /// <summary>Cán bộ tiếp nhận: triage, staff entry, rejects and merges anywhere.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Chuyên viên: works their units' queue only.</summary>
    public const string Officer = "can_bo";

    /// <summary>Trưởng đơn vị: the officer's rights in their units, plus approval and publishing.</summary>
    public const string UnitHead = "unit_head";

    /// <summary>Lãnh đạo: reads everything, dashboards and reports; does not act on items.</summary>
    public const string Leader = "leader";

    /// <summary>Quản trị: reference data, users and roles.</summary>
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Coordinator, Officer, UnitHead, Leader, Administrator];

    public static string Label(string role) => role switch
    {
        Coordinator => "Cán bộ tiếp nhận",
        Officer => "Chuyên viên đơn vị",
        UnitHead => "Trưởng đơn vị",
        Leader => "Lãnh đạo",
        Administrator => "Quản trị hệ thống",
        _ => role,
    };
}
