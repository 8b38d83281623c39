using System.Security.Claims;
using Pakn.Core.Feedback;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Access;

/// <summary>
/// The one place the authorisation rules live, read from the signed-in person's claims:
/// unit officers and heads see and act on their units' items only; coordinators see everything
/// and place, forward, reject, merge and publish anywhere; leaders and administrators read
/// everything and act on nothing. Every query and every action goes through it.
/// </summary>
public sealed class StaffScope
{
    private StaffScope(string userId, string actor, string displayName, IReadOnlySet<string> roles, IReadOnlySet<string> units)
    {
        UserId = userId;
        Actor = actor;
        DisplayName = displayName;
        Roles = roles;
        Units = units;
    }

    /// <summary>The Identity user id, to look the person's current roles up (<see cref="StaffAccess"/>).</summary>
    public string UserId { get; }

    /// <summary>Written in audit entries: "staff:{user name}".</summary>
    public string Actor { get; }
    public string DisplayName { get; }
    public IReadOnlySet<string> Roles { get; }
    public IReadOnlySet<string> Units { get; }

    public bool IsCoordinator => Roles.Contains(StaffRoles.Coordinator);
    /// <summary>Reference data, calendars, policies, accounts and API keys.</summary>
    public bool IsAdministrator => Roles.Contains(StaffRoles.Administrator);

    public bool IsUnitStaff => Roles.Contains(StaffRoles.Officer) || Roles.Contains(StaffRoles.UnitHead);

    /// <summary>Reads items of every unit (and items no unit holds yet).</summary>
    public bool SeesAllUnits => IsCoordinator || Roles.Contains(StaffRoles.Leader) || Roles.Contains(StaffRoles.Administrator);

    public static StaffScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return new StaffScope("", "", "", new HashSet<string>(), new HashSet<string>());
        }

        var name = user.Identity.Name ?? "";
        return new StaffScope(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            $"staff:{name}",
            user.FindFirstValue(StaffClaims.DisplayName) ?? name,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            user.FindAll(StaffClaims.Unit).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The same person with the roles and units the database holds now.</summary>
    internal StaffScope WithAccess(IReadOnlySet<string> roles, IReadOnlySet<string> units) =>
        new(UserId, Actor, DisplayName, roles, units) { IsCurrent = true };

    /// <summary>Roles and units were read from the database for this operation, not from the sign-in claims.</summary>
    public bool IsCurrent { get; private init; }

    public bool CanRead(string? unitCode) =>
        SeesAllUnits || (IsUnitStaff && unitCode is not null && Units.Contains(unitCode));

    /// <summary>Contact data goes only to those who handle the item, never to readers (Luật Tố cáo, Điều 47).</summary>
    public bool CanSeeContact(string? unitCode) =>
        IsCoordinator || (IsUnitStaff && unitCode is not null && Units.Contains(unitCode));

    /// <summary>The head of this unit: approves its answers and extensions, and answers without approval.</summary>
    public bool IsHeadOf(string? unitCode) =>
        Roles.Contains(StaffRoles.UnitHead) && unitCode is not null && Units.Contains(unitCode);

    public bool Can(StaffAction action, string? unitCode)
    {
        var ownUnit = IsUnitStaff && unitCode is not null && Units.Contains(unitCode);
        return action switch
        {
            StaffAction.Acknowledge or StaffAction.RequestInformation or StaffAction.Respond or StaffAction.RequestExtension => ownUnit,
            StaffAction.Approve => IsHeadOf(unitCode),
            // Moderators (FixMyStreet's practice): coordinators, leaders, administrators and the unit's head.
            StaffAction.Moderate => IsCoordinator || Roles.Contains(StaffRoles.Leader) || Roles.Contains(StaffRoles.Administrator) || IsHeadOf(unitCode),
            StaffAction.Forward or StaffAction.Reopen => ownUnit || IsCoordinator,
            StaffAction.Publish => IsCoordinator || (ownUnit && Roles.Contains(StaffRoles.UnitHead)),
            StaffAction.Reject or StaffAction.Merge or StaffAction.Place => IsCoordinator,
            _ => false,
        };
    }
}
