using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Account;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.Users;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Feedback;
using Pakn.Core.Identity;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>An open session holds old claims; actions read current data, and the session itself ends soon after.</summary>
[Collection(AdministrationHost.Name)]
public sealed class StaffSessionRevalidationTests(PaknWebFactory factory)
{
    private const string Password = "Ban-dau#2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_refuse_an_officers_action_at_once_when_moved_out_of_the_unit_while_the_session_is_open()
    {
        var session = await NewAccountAsync("canbo.chuyen", StaffRoles.Officer, "SO_Y_TE");
        var before = await Items.AssignedAsync(factory, "SO_Y_TE");
        var after = await Items.AssignedAsync(factory, "SO_Y_TE");
        Assert.True((await Act(a => a.AcknowledgeAsync(session, before, null, Ct))).Succeeded);

        var form = await FormOfAsync("canbo.chuyen");
        form.Units = ["SO_NOI_VU"];
        Assert.True((await Admin((a, admin) => a.UpdateAsync(admin, form, Ct))).Succeeded);
        var refused = await Act(a => a.AcknowledgeAsync(session, after, null, Ct));

        Assert.False(refused.Succeeded);
        Assert.Equal(FeedbackState.Assigned, (await Items.ReadAsync(factory, after)).State);
    }

    [Fact]
    public async Task Should_refuse_an_officers_action_at_once_when_the_account_is_locked_while_the_session_is_open()
    {
        var session = await NewAccountAsync("canbo.bikhoa", StaffRoles.Officer, "SO_Y_TE");
        var code = await Items.AssignedAsync(factory, "SO_Y_TE");

        Assert.True((await Admin((a, admin) => a.SetLockedAsync(admin, session.UserId, true, Ct))).Succeeded);
        var refused = await Act(a => a.AcknowledgeAsync(session, code, null, Ct));

        Assert.False(refused.Succeeded);
        Assert.Equal(FeedbackState.Assigned, (await Items.ReadAsync(factory, code)).State);
    }

    [Fact]
    public async Task Should_refuse_account_changes_at_once_by_an_administrator_whose_role_was_taken_away()
    {
        var session = await NewAccountAsync("quantri.tam", StaffRoles.Administrator);
        var allowed = await AdministrationHost.RunAsync<UserAdministration, AdminResult>(factory, a => a.SetLockedAsync(session, "khong-co", true, Ct));
        Assert.Equal("Không tìm thấy tài khoản.", allowed.Error(""));

        var form = await FormOfAsync("quantri.tam");
        form.Roles = [StaffRoles.Leader];
        Assert.True((await Admin((a, admin) => a.UpdateAsync(admin, form, Ct))).Succeeded);
        var refused = await AdministrationHost.RunAsync<UserAdministration, AdminResult>(factory, a => a.SetLockedAsync(session, "khong-co", true, Ct));

        Assert.Equal(AdminResult.NotAdministrator, refused);
    }

    [Fact]
    public async Task Should_renew_the_security_stamp_on_every_change_of_roles_units_lock_or_password()
    {
        var session = await NewAccountAsync("canbo.tem", StaffRoles.Officer, "SO_Y_TE");
        var id = session.UserId;
        var form = await FormOfAsync("canbo.tem");
        form.Units = ["SO_Y_TE", "SO_NOI_VU"];
        var rolesForm = await FormOfAsync("canbo.tem");
        rolesForm.Roles = [StaffRoles.UnitHead];
        rolesForm.Units = ["SO_Y_TE", "SO_NOI_VU"];

        List<Func<UserAdministration, StaffScope, Task<AdminResult>>> changes =
        [
            (a, admin) => a.UpdateAsync(admin, form, Ct),
            (a, admin) => a.UpdateAsync(admin, rolesForm, Ct),
            (a, admin) => a.SetLockedAsync(admin, id, true, Ct),
            (a, admin) => a.SetLockedAsync(admin, id, false, Ct),
            (a, admin) => a.ResetPasswordAsync(admin, id, "Mat-khau-moi#9", Ct),
        ];
        foreach (var change in changes)
        {
            var before = await StampAsync(id);
            Assert.True((await Admin(change)).Succeeded);
            Assert.NotEqual(before, await StampAsync(id));
        }
    }

    [Fact]
    public async Task Should_end_an_open_circuits_session_within_the_interval_once_the_account_is_locked()
    {
        await NewAccountAsync("canbo.mach", StaffRoles.Officer, "SO_Y_TE");
        var principal = await PrincipalAsync("canbo.mach");
        using var provider = new StaffRevalidatingAuthenticationStateProvider(
            factory.Services.GetRequiredService<ILoggerFactory>(),
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            factory.Services.GetRequiredService<IOptions<IdentityOptions>>(),
            Options.Create(new StaffSessionOptions { RevalidationInterval = TimeSpan.FromMilliseconds(100) }));
        var ended = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        provider.AuthenticationStateChanged += async state => ended.TrySetResult(await state);

        // Several intervals pass with an unchanged account: the session stays.
        await Task.Delay(TimeSpan.FromMilliseconds(600), Ct);
        Assert.False(ended.Task.IsCompleted);

        Assert.True((await Admin((a, admin) => a.SetLockedAsync(admin, principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, true, Ct))).Succeeded);
        var state = await ended.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task Should_revalidate_staff_sessions_every_minute_by_default()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.IsType<StaffRevalidatingAuthenticationStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        Assert.Equal(TimeSpan.FromMinutes(1), scope.ServiceProvider.GetRequiredService<IOptions<StaffSessionOptions>>().Value.RevalidationInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), scope.ServiceProvider.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    private async Task<StaffScope> NewAccountAsync(string userName, string role, params string[] units)
    {
        var form = new UserForm
        {
            UserName = userName,
            DisplayName = "Cán bộ Thử Nghiệm",
            Email = $"{userName}@pakn.example",
            Password = Password,
            Roles = [role],
            Units = [.. units],
        };
        var created = await Admin((a, admin) => a.CreateAsync(admin, form, Ct));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        return await StaffSession.ScopeAsync(factory, userName);
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>();
        return await signIn.CreateUserPrincipalAsync((await users.FindByNameAsync(userName))!);
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(userId))!);
    }

    private async Task<UserForm> FormOfAsync(string userName)
    {
        var row = (await AdministrationHost.RunAsync<UserAdministration, List<UserRow>>(factory, a => a.ListAsync(Ct))).Single(r => r.UserName == userName);
        return new UserForm { Id = row.Id, UserName = row.UserName, DisplayName = row.DisplayName, Email = row.Email ?? "", Roles = row.Roles, Units = row.Units };
    }

    private async Task<AdminResult> Admin(Func<UserAdministration, StaffScope, Task<AdminResult>> work)
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        return await AdministrationHost.RunAsync<UserAdministration, AdminResult>(factory, a => work(a, admin));
    }

    private Task<ActionOutcome> Act(Func<ItemActions, Task<ActionOutcome>> work) => AdministrationHost.RunAsync(factory, work);
}
