namespace Pakn.AdminUi.Account;

/// <summary>Pakn:StaffSessions.</summary>
public sealed class StaffSessionOptions
{
    public const string Section = "Pakn:StaffSessions";

    /// <summary>
    /// How often an open staff session (Blazor circuit, sign-in cookie) checks the account's
    /// security stamp: a locked account or changed roles end the session within this time.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
