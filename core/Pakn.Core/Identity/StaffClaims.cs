namespace Pakn.Core.Identity;

public static class StaffClaims
{
    /// <summary>One claim per unit (its code) the person works for.</summary>
    public const string Unit = "pakn:unit";

    /// <summary>The display name, shown on screen and written in audit entries.</summary>
    public const string DisplayName = "pakn:name";
}
