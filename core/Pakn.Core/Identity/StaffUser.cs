using Microsoft.AspNetCore.Identity;

namespace Pakn.Core.Identity;

/// <summary>
/// A signed-in member of staff. Roles are Identity roles (<see cref="StaffRoles"/>); the units a
/// person works for are user claims of type <see cref="StaffClaims.Unit"/>, so they travel in the
/// sign-in cookie and every query can be scoped without another lookup.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>How the person is named in audit trails and on screen ("Nguyễn Thị Lan").</summary>
    public string DisplayName { get; set; } = "";
}
