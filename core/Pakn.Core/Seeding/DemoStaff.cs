using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Pakn.Core.Identity;

namespace Pakn.Core.Seeding;

/// <summary>
/// One demo account per role for the embedded default (listed in README). They share one
/// password that meets the password rules; a real installation turns demo data off.
/// </summary>
public static class DemoStaff
{
    public const string Password = "PaknDemo#2026";

    public sealed record Account(string UserName, string DisplayName, string Role, params string[] Units);

    public static readonly IReadOnlyList<Account> Accounts =
    [
        new("tiepnhan", "Trần Thị Tiếp Nhận", StaffRoles.Coordinator, "VP_UBND_TP"),
        new("canbo.xaydung", "Lê Văn Xây Dựng", StaffRoles.Officer, "SO_XAY_DUNG"),
        new("canbo.haichau", "Phạm Thị Hải Châu", StaffRoles.Officer, "UBND_P_HAI_CHAU", "UBND_P_HOA_CUONG"),
        new("truong.xaydung", "Nguyễn Văn Trưởng", StaffRoles.UnitHead, "SO_XAY_DUNG"),
        new("lanhdao", "Hoàng Minh Lãnh Đạo", StaffRoles.Leader),
        new("quantri", "Đỗ Quản Trị", StaffRoles.Administrator),
    ];

    /// <summary>The roles every installation has, demo data or not.</summary>
    public static IEnumerable<IdentityRole> Roles() =>
        StaffRoles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = r });

    public static (StaffUser User, string Role, IReadOnlyList<Claim> Claims) Create(Account account)
    {
        var user = new StaffUser
        {
            UserName = account.UserName,
            NormalizedUserName = account.UserName.ToUpperInvariant(),
            Email = $"{account.UserName}@pakn.example",
            NormalizedEmail = $"{account.UserName}@pakn.example".ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<StaffUser>().HashPassword(user, Password);
        return (user, account.Role, [.. account.Units.Select(u => new Claim(StaffClaims.Unit, u))]);
    }
}
