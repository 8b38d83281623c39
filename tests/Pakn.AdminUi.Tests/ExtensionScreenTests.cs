using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Approvals;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Calendar;
using Pakn.Core.Sla;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// Requests for more time from the staff screens, through <see cref="DeadlineExtensions"/>: the
/// officer asks on the item page, the head of that unit (and only they) approves or declines.
/// </summary>
public sealed class ExtensionScreenTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string XayDung = "SO_XAY_DUNG";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_move_the_deadline_to_the_end_of_the_new_day_when_the_head_approves_the_officers_request()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Cầu bộ hành xuống cấp");
        var date = WorkingDayAfter(20);

        var requested = await ActAsync("canbo.xaydung", (a, s) => a.RequestExtensionAsync(s, code, "Chờ nhà thầu cung cấp vật tư thay thế", date, Ct));
        var listed = await ListAsync("truong.xaydung");
        var approved = await ActAsync("truong.xaydung", (a, s) => a.ApproveExtensionAsync(s, code, Ct));

        Assert.True(requested.Succeeded, requested.Message);
        Assert.Contains(listed, r => r.TrackingCode == code && r.ExtensionPending && r.ExtensionReason == "Chờ nhà thầu cung cấp vật tư thay thế");
        Assert.True(approved.Succeeded, approved.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal(ExtensionState.Approved, item.ExtensionState);
        Assert.Equal(date, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.ResolutionDueAt!.Value, Portal.PublicHtml.Zone).DateTime));
        Assert.DoesNotContain(await ListAsync("truong.xaydung"), r => r.TrackingCode == code);
    }

    [Fact]
    public async Task Should_refuse_the_decision_when_the_officer_or_the_head_of_another_unit_tries()
    {
        var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU", "Đèn tín hiệu giao thông hỏng");
        await ActAsync("canbo.haichau", (a, s) => a.RequestExtensionAsync(s, code, "Chờ linh kiện", WorkingDayAfter(20), Ct));

        var byOfficer = await ActAsync("canbo.haichau", (a, s) => a.ApproveExtensionAsync(s, code, Ct));
        var byOtherHead = await ActAsync("truong.xaydung", (a, s) => a.ApproveExtensionAsync(s, code, Ct));
        var declineByOtherHead = await ActAsync("truong.xaydung", (a, s) => a.DeclineExtensionAsync(s, code, "Không", Ct));

        Assert.Equal(ActionOutcome.Forbidden, byOfficer);
        Assert.Equal(ActionOutcome.NotFound, byOtherHead);
        Assert.Equal(ActionOutcome.NotFound, declineByOtherHead);
        Assert.Equal(ExtensionState.Requested, (await Items.ReadAsync(factory, code)).ExtensionState);
        Assert.DoesNotContain(await ListAsync("truong.xaydung"), r => r.TrackingCode == code);
    }

    [Fact]
    public async Task Should_keep_the_deadline_and_record_the_reason_when_the_head_declines()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Mương thoát nước bị lấp");
        await ActAsync("canbo.xaydung", (a, s) => a.RequestExtensionAsync(s, code, "Thiếu nhân lực", WorkingDayAfter(20), Ct));
        var due = (await Items.ReadAsync(factory, code)).ResolutionDueAt;

        var blank = await ActAsync("truong.xaydung", (a, s) => a.DeclineExtensionAsync(s, code, " ", Ct));
        var declined = await ActAsync("truong.xaydung", (a, s) => a.DeclineExtensionAsync(s, code, "Việc đơn giản, cần hoàn thành đúng hạn", Ct));

        Assert.Equal((false, "Cần nêu lý do không duyệt gia hạn."), (blank.Succeeded, blank.Message));
        Assert.True(declined.Succeeded, declined.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal((ExtensionState.Declined, "Việc đơn giản, cần hoàn thành đúng hạn", due), (item.ExtensionState, item.ExtensionDecisionNote, item.ResolutionDueAt));
    }

    [Theory]
    [InlineData("none", "Vui lòng chọn ngày hẹn mới.")]
    [InlineData("weekend", "Ngày hẹn mới phải là ngày làm việc.")]
    [InlineData("before", "Ngày hẹn mới phải sau hạn giải quyết hiện tại.")]
    public async Task Should_change_nothing_and_say_why_when_the_new_date_is_unusable(string kind, string message)
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Cột điện nghiêng");
        DateOnly? date = kind switch
        {
            "weekend" => Weekend(),
            "before" => WorkingDayAfter(2),
            _ => null,
        };

        var outcome = await ActAsync("canbo.xaydung", (a, s) => a.RequestExtensionAsync(s, code, "Lý do", date, Ct));

        Assert.Equal((false, message), (outcome.Succeeded, outcome.Message));
        Assert.Equal(ExtensionState.None, (await Items.ReadAsync(factory, code)).ExtensionState);
    }

    [Fact]
    public async Task Should_not_let_an_officer_of_another_unit_ask_for_more_time()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Lòng đường bị đào bới");

        var outcome = await ActAsync("canbo.haichau", (a, s) => a.RequestExtensionAsync(s, code, "Lý do", WorkingDayAfter(20), Ct));

        Assert.Equal(ActionOutcome.NotFound, outcome);
        Assert.Equal(ExtensionState.None, (await Items.ReadAsync(factory, code)).ExtensionState);
    }

    private DateOnly WorkingDayAfter(int days)
    {
        var calendar = factory.Services.GetRequiredService<WorkingCalendars>().At(DateTimeOffset.UtcNow);
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateOnly Weekend()
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        while (date.DayOfWeek != DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private async Task<ActionOutcome> ActAsync(string userName, Func<ItemActions, StaffScope, Task<ActionOutcome>> act)
    {
        var scope = await StaffSession.ScopeAsync(factory, userName);
        using var services = factory.Services.CreateScope();
        return await act(services.ServiceProvider.GetRequiredService<ItemActions>(), scope);
    }

    private async Task<IReadOnlyList<ApprovalRow>> ListAsync(string userName)
    {
        var scope = await StaffSession.ScopeAsync(factory, userName);
        using var services = factory.Services.CreateScope();
        return await services.ServiceProvider.GetRequiredService<ApprovalQueries>().ListAsync(scope, Ct);
    }
}
