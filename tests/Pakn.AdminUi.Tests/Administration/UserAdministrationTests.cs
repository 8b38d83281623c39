using System.Net;
using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.Users;
using Pakn.Core.Data;
using Pakn.Core.Identity;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

[Collection(AdministrationHost.Name)]
public sealed class UserAdministrationTests(PaknWebFactory factory)
{
    private const string Password = "Ban-dau#2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_create_an_officer_who_signs_in_with_the_initial_password_and_sees_their_unit()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var result = await Run(a => a.CreateAsync(admin, NewOfficer("canbo.yte"), Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        await StaffSession.SignInAsync(factory, "canbo.yte", Password);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.yte");
        Assert.Equal([StaffRoles.Officer], scope.Roles);
        Assert.Equal(["SO_Y_TE"], scope.Units);
    }

    [Fact]
    public async Task Should_refuse_a_weak_password_in_vietnamese_and_create_no_account()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var form = NewOfficer("canbo.yeu");
        form.Password = "matkhau";

        var result = await Run(a => a.CreateAsync(admin, form, Ct));

        Assert.Equal(UserAdministration.PasswordRules, result.Error("Password"));
        Assert.False(await AdministrationHost.RunAsync<PaknDbContext, bool>(factory, db => db.Users.AnyAsync(u => u.UserName == "canbo.yeu", Ct)));
    }

    [Fact]
    public async Task Should_refuse_an_officer_without_a_unit_a_taken_user_name_and_a_bad_email()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var form = NewOfficer("canbo.xaydung");
        form.Units = [];
        form.Email = "khong-hop-le";

        var invalid = await Run(a => a.CreateAsync(admin, form, Ct));
        var taken = await Run(a => a.CreateAsync(admin, NewOfficer("canbo.xaydung"), Ct));

        Assert.Equal("Chuyên viên và trưởng đơn vị phải thuộc ít nhất một đơn vị.", invalid.Error("Units"));
        Assert.Equal("Nhập địa chỉ email hợp lệ.", invalid.Error("Email"));
        Assert.Equal("Tên đăng nhập này đã có người dùng.", taken.Error("UserName"));
    }

    [Fact]
    public async Task Should_change_roles_and_units_when_an_administrator_saves_the_account()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        await Run(a => a.CreateAsync(admin, NewOfficer("canbo.doi"), Ct));
        var form = await FormOfAsync("canbo.doi");
        form.Roles = [StaffRoles.UnitHead];
        form.Units = ["SO_GIAO_DUC_DAO_TAO", "SO_Y_TE"];
        form.DisplayName = "Trưởng Phòng Mới";

        var result = await Run(a => a.UpdateAsync(admin, form, Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        var scope = await StaffSession.ScopeAsync(factory, "canbo.doi");
        Assert.Equal([StaffRoles.UnitHead], scope.Roles);
        Assert.Equal(["SO_GIAO_DUC_DAO_TAO", "SO_Y_TE"], scope.Units.Order());
        Assert.Equal("Trưởng Phòng Mới", scope.DisplayName);
    }

    [Fact]
    public async Task Should_refuse_when_an_administrator_removes_their_own_administrator_role()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var self = await FormOfAsync("quantri");
        self.Roles = [StaffRoles.Leader];

        var result = await Run(a => a.UpdateAsync(admin, self, Ct));
        var lockSelf = await Run(a => a.SetLockedAsync(admin, self.Id!, true, Ct));

        Assert.Equal("Bạn không thể tự bỏ vai trò quản trị của chính mình; hãy nhờ một quản trị viên khác.", result.Error("Roles"));
        Assert.Equal("Bạn không thể tự khóa tài khoản của chính mình.", lockSelf.Error(""));
        Assert.Contains(StaffRoles.Administrator, (await StaffSession.ScopeAsync(factory, "quantri")).Roles);
    }

    [Fact]
    public async Task Should_stop_sign_in_when_locked_and_allow_it_again_when_unlocked()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        await Run(a => a.CreateAsync(admin, NewOfficer("canbo.khoa"), Ct));
        var id = (await FormOfAsync("canbo.khoa")).Id!;

        Assert.True((await Run(a => a.SetLockedAsync(admin, id, true, Ct))).Succeeded);
        using (var refused = await StaffSession.PostSignInAsync(StaffSession.Anonymous(factory), "canbo.khoa", Password))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        Assert.True((await Run(a => a.SetLockedAsync(admin, id, false, Ct))).Succeeded);
        await StaffSession.SignInAsync(factory, "canbo.khoa", Password);
    }

    [Fact]
    public async Task Should_sign_in_with_the_new_password_only_after_a_reset()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        await Run(a => a.CreateAsync(admin, NewOfficer("canbo.quen"), Ct));
        var id = (await FormOfAsync("canbo.quen")).Id!;

        var weak = await Run(a => a.ResetPasswordAsync(admin, id, "123", Ct));
        var reset = await Run(a => a.ResetPasswordAsync(admin, id, "Mat-khau-moi#9", Ct));

        Assert.Equal(UserAdministration.PasswordRules, weak.Error("Password"));
        Assert.True(reset.Succeeded);
        using var old = await StaffSession.PostSignInAsync(StaffSession.Anonymous(factory), "canbo.quen", Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await StaffSession.SignInAsync(factory, "canbo.quen", "Mat-khau-moi#9");
    }

    [Fact]
    public async Task Should_create_nothing_when_a_unit_head_calls_the_service()
    {
        var head = await StaffSession.ScopeAsync(factory, "truong.xaydung");

        var result = await Run(a => a.CreateAsync(head, NewOfficer("canbo.trai.phep"), Ct));

        Assert.Equal(AdminResult.NotAdministrator, result);
        Assert.False(await AdministrationHost.RunAsync<PaknDbContext, bool>(factory, db => db.Users.AnyAsync(u => u.UserName == "canbo.trai.phep", Ct)));
    }

    private static UserForm NewOfficer(string userName) => new()
    {
        UserName = userName,
        DisplayName = "Cán bộ Thử Nghiệm",
        Email = $"{userName}@pakn.example",
        Password = Password,
        Roles = [StaffRoles.Officer],
        Units = ["SO_Y_TE"],
    };

    private async Task<UserForm> FormOfAsync(string userName)
    {
        var row = (await AdministrationHost.RunAsync<UserAdministration, List<UserRow>>(factory, a => a.ListAsync(Ct))).Single(r => r.UserName == userName);
        return new UserForm { Id = row.Id, UserName = row.UserName, DisplayName = row.DisplayName, Email = row.Email ?? "", Roles = row.Roles, Units = row.Units };
    }

    private Task<AdminResult> Run(Func<UserAdministration, Task<AdminResult>> work) =>
        AdministrationHost.RunAsync(factory, work);
}
