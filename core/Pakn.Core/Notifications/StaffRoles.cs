namespace Pakn.Core.Notifications;

/// <summary>Staff roles that receive alerts in the staff inbox (recipient = role + unit).</summary>
public static class StaffRoles
{
    /// <summary>The unit's officers (chuyên viên).</summary>
    public const string Officer = "officer";

    /// <summary>Trưởng phòng / thủ trưởng đơn vị.</summary>
    public const string UnitHead = "unit-head";

    /// <summary>Lãnh đạo UBND: not tied to a unit.</summary>
    public const string Leader = "leader";

    /// <summary>The staff inbox address of a role in a unit (or everywhere).</summary>
    public static string Address(string role, string? unitCode) => $"{role}:{unitCode ?? "*"}";
}
