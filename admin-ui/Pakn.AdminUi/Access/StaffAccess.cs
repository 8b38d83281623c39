using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Access;

/// <summary>
/// Re-reads a person's roles and units before an action. A Blazor circuit holds the claims it
/// started with until the revalidating state provider ends it (up to its interval later), so an
/// action trusts the database, not the claims: a demoted or locked account is refused at once.
/// </summary>
public sealed class StaffAccess(PaknDbContext db, TimeProvider time)
{
    public async Task<StaffScope> CurrentAsync(StaffScope claimed, CancellationToken cancellationToken = default)
    {
        if (claimed.IsCurrent)
        {
            return claimed;
        }

        var none = claimed.WithAccess(new HashSet<string>(), new HashSet<string>());
        if (claimed.UserId.Length == 0)
        {
            return none;
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == claimed.UserId)
            .Select(u => new { u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.LockoutEnd > time.GetUtcNow())
        {
            return none;
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == claimed.UserId
                           select r.Name!).ToListAsync(cancellationToken);
        var units = await db.UserClaims
            .Where(c => c.UserId == claimed.UserId && c.ClaimType == StaffClaims.Unit)
            .Select(c => c.ClaimValue!).ToListAsync(cancellationToken);
        return claimed.WithAccess(roles.ToHashSet(StringComparer.Ordinal), units.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<bool> IsAdministratorAsync(StaffScope claimed, CancellationToken cancellationToken = default) =>
        claimed.IsAdministrator && (await CurrentAsync(claimed, cancellationToken)).IsAdministrator;
}
