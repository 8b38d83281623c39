namespace Pakn.AdminUi.Pages.Administration.Users;

/// <summary>An account as an administrator types it; the password only when creating or resetting.</summary>
public sealed class UserForm
{
    public string? Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Password { get; set; }
    public IReadOnlyCollection<string> Roles { get; set; } = [];
    public IReadOnlyCollection<string> Units { get; set; } = [];
}

/// <summary>One line of the accounts list.</summary>
public sealed record UserRow(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Units,
    bool LockedOut);
