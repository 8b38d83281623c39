using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.Core.Identity;
using Pakn.Core.Seeding;
using Pakn.Testing;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>
/// Signs the demo administrator into a bUnit context. The administration services read the role
/// from the account itself (<see cref="StaffAccess"/>), so the account exists in the database.
/// </summary>
public static class BunitAdministrator
{
    public static void SignIn(BunitContext context, SqliteTestDatabase database)
    {
        var administrator = DemoStaff.Accounts.Single(a => a.Role == StaffRoles.Administrator);
        var (user, role, _) = DemoStaff.Create(administrator);
        using (var db = database.CreateContext())
        {
            var roles = DemoStaff.Roles().ToList();
            db.Roles.AddRange(roles);
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles.Single(r => r.Name == role).Id });
            db.SaveChanges();
        }

        context.Services.AddScoped<StaffAccess>();
        context.AddAuthorization().SetAuthorized(administrator.UserName).SetRoles(StaffRoles.Administrator)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
    }
}
