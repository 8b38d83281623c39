using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Account;

/// <summary>
/// The Blazor Identity template's revalidating provider: a circuit keeps the principal it
/// started with, so every <see cref="StaffSessionOptions.RevalidationInterval"/> it compares the
/// security stamp in that principal with the account's. Administrators renew the stamp on every
/// change of roles, units, lock or password, so the session then ends and the next sign-in
/// carries the new claims. A locked account is refused even if its stamp was left unchanged.
/// </summary>
public sealed class StaffRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> identity,
    IOptions<StaffSessionOptions> sessions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => sessions.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await IsCurrentAsync(users, identity.Value, authenticationState.User);
    }

    /// <summary>The account still exists, is not locked, and its security stamp is the one signed in with.</summary>
    public static async Task<bool> IsCurrentAsync(UserManager<StaffUser> users, IdentityOptions options, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        return !users.SupportsUserSecurityStamp
            || principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}
