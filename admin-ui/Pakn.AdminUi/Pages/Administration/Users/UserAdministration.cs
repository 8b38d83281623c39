using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Pages.Administration.Users;

/// <summary>
/// Staff accounts through Identity's own UserManager, so passwords, lockout and security stamps
/// follow the rules set in AddPaknAdminUi. Changing roles, units, the lock or the password renews
/// the security stamp: the person's open sessions end within <see cref="Account.StaffSessionOptions.RevalidationInterval"/>
/// and the next sign-in carries the new claims.
/// </summary>
public sealed partial class UserAdministration(StaffAccess access, UserManager<StaffUser> users, PaknDbContext db, TimeProvider time)
{
    public async Task<List<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var units = await db.UserClaims.Where(c => c.ClaimType == StaffClaims.Unit)
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return
        [
            .. accounts.Select(u => new UserRow(
                u.Id,
                u.UserName ?? "",
                u.DisplayName,
                u.Email,
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order()],
                [.. units.Where(c => c.UserId == u.Id).Select(c => c.ClaimValue!).Order()],
                u.LockoutEnd is { } end && end > now)),
        ];
    }

    public async Task<AdminResult> CreateAsync(StaffScope scope, UserForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var errors = await ValidateAsync(form, cancellationToken);
        if (!UserNamePattern().IsMatch(form.UserName.Trim()))
        {
            errors[nameof(form.UserName)] = "Tên đăng nhập gồm 3–64 chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.";
        }

        if (string.IsNullOrEmpty(form.Password))
        {
            errors[nameof(form.Password)] = "Nhập mật khẩu ban đầu.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        var user = new StaffUser
        {
            UserName = form.UserName.Trim(),
            DisplayName = form.DisplayName.Trim(),
            Email = form.Email.Trim(),
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            return AdminResult.Fail(Translate(created));
        }

        await users.AddToRolesAsync(user, form.Roles);
        await users.AddClaimsAsync(user, [.. form.Units.Select(u => new Claim(StaffClaims.Unit, u))]);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Done($"Đã tạo tài khoản {user.UserName}.");
    }

    /// <summary>Name, e-mail, roles and units. An administrator cannot take their own administrator role away.</summary>
    public async Task<AdminResult> UpdateAsync(StaffScope scope, UserForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var user = form.Id is null ? null : await users.FindByIdAsync(form.Id);
        if (user is null)
        {
            return AdminResult.Fail("", "Không tìm thấy tài khoản.");
        }

        var errors = await ValidateAsync(form, cancellationToken);
        if (IsSelf(scope, user) && !form.Roles.Contains(StaffRoles.Administrator))
        {
            errors[nameof(form.Roles)] = "Bạn không thể tự bỏ vai trò quản trị của chính mình; hãy nhờ một quản trị viên khác.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = form.DisplayName.Trim();
        var email = form.Email.Trim();

        // SetEmailAsync would also mark an unchanged address unconfirmed.
        var updated = string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)
            ? await users.UpdateAsync(user)
            : await users.SetEmailAsync(user, email);
        if (!updated.Succeeded)
        {
            return AdminResult.Fail(Translate(updated));
        }

        var roles = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, roles.Except(form.Roles));
        await users.AddToRolesAsync(user, form.Roles.Except(roles));
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Unit).ToList();
        await users.RemoveClaimsAsync(user, claims.Where(c => !form.Units.Contains(c.Value)));
        await users.AddClaimsAsync(user, form.Units.Except(claims.Select(c => c.Value)).Select(u => new Claim(StaffClaims.Unit, u)));
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return AdminResult.Done($"Đã lưu tài khoản {user.UserName}.");
    }

    public async Task<AdminResult> SetLockedAsync(StaffScope scope, string userId, bool locked, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail("", "Không tìm thấy tài khoản.");
        }

        if (locked && IsSelf(scope, user))
        {
            return AdminResult.Fail("", "Bạn không thể tự khóa tài khoản của chính mình.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);

        return AdminResult.Done(locked ? $"Đã khóa tài khoản {user.UserName}." : $"Đã mở khóa tài khoản {user.UserName}.");
    }

    public async Task<AdminResult> ResetPasswordAsync(StaffScope scope, string userId, string? password, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail("", "Không tìm thấy tài khoản.");
        }

        if (string.IsNullOrEmpty(password))
        {
            return AdminResult.Fail(nameof(UserForm.Password), "Nhập mật khẩu mới.");
        }

        // ResetPasswordAsync renews the security stamp itself, ending the person's open sessions.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        return reset.Succeeded
            ? AdminResult.Done($"Đã đặt lại mật khẩu của {user.UserName}. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.")
            : AdminResult.Fail(Translate(reset));
    }

    private static bool IsSelf(StaffScope scope, StaffUser user) => scope.Actor == $"staff:{user.UserName}";

    private async Task<Dictionary<string, string>> ValidateAsync(UserForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Trim().Length > 150)
        {
            errors[nameof(form.DisplayName)] = "Họ tên bắt buộc, tối đa 150 ký tự.";
        }

        if (string.IsNullOrWhiteSpace(form.Email) || !System.Net.Mail.MailAddress.TryCreate(form.Email.Trim(), out _))
        {
            errors[nameof(form.Email)] = "Nhập địa chỉ email hợp lệ.";
        }

        if (form.Roles.Count == 0 || form.Roles.Any(r => !StaffRoles.All.Contains(r)))
        {
            errors[nameof(form.Roles)] = "Chọn ít nhất một vai trò.";
        }

        var unitStaff = form.Roles.Contains(StaffRoles.Officer) || form.Roles.Contains(StaffRoles.UnitHead);
        var known = await db.Units.Where(u => form.Units.Contains(u.Code)).CountAsync(cancellationToken);
        if (known != form.Units.Count)
        {
            errors[nameof(form.Units)] = "Có đơn vị không có trong danh mục.";
        }
        else if (unitStaff && form.Units.Count == 0)
        {
            errors[nameof(form.Units)] = "Chuyên viên và trưởng đơn vị phải thuộc ít nhất một đơn vị.";
        }

        return errors;
    }

    /// <summary>Identity's messages are English; staff read Vietnamese.</summary>
    private static Dictionary<string, string> Translate(IdentityResult result)
    {
        var errors = new Dictionary<string, string>();
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) => (nameof(UserForm.UserName), "Tên đăng nhập này đã có người dùng."),
                nameof(IdentityErrorDescriber.InvalidUserName) => (nameof(UserForm.UserName), "Tên đăng nhập không hợp lệ."),
                nameof(IdentityErrorDescriber.DuplicateEmail) => (nameof(UserForm.Email), "Email này đã dùng cho tài khoản khác."),
                nameof(IdentityErrorDescriber.InvalidEmail) => (nameof(UserForm.Email), "Nhập địa chỉ email hợp lệ."),
                nameof(IdentityErrorDescriber.PasswordTooShort) or nameof(IdentityErrorDescriber.PasswordRequiresDigit)
                    or nameof(IdentityErrorDescriber.PasswordRequiresLower) or nameof(IdentityErrorDescriber.PasswordRequiresUpper)
                    or nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) or nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars)
                    => (nameof(UserForm.Password), PasswordRules),
                _ => ("", "Không lưu được tài khoản; vui lòng thử lại."),
            };
            errors[field] = message;
        }

        return errors;
    }

    public const string PasswordRules = "Mật khẩu cần ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt.";

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
