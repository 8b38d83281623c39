using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.Holidays;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>Days saved by administrators reach the deadlines the SLA code computes, without a restart.</summary>
[Collection(AdministrationHost.Name)]
public sealed class HolidayAdministrationTests(PaknWebFactory factory)
{
    // Monday 3 March 2031, 09:00 in Vietnam: far from any date other tests touch.
    private static readonly DateTimeOffset Received = new(2031, 3, 3, 2, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_move_a_resolution_deadline_one_working_day_later_when_a_day_off_is_added_inside_it()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var before = await ResolutionDueAsync();

        var added = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(admin, new CalendarDayForm
        {
            Date = new DateOnly(2031, 3, 5), Name = "Nghỉ hoán đổi thử nghiệm",
        }, Ct));
        var after = await ResolutionDueAsync();
        await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, new DateOnly(2031, 3, 5), Ct));
        var restored = await ResolutionDueAsync();

        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Values));
        Assert.Equal(before.AddDays(1), after);
        Assert.Equal(before, restored);
    }

    [Fact]
    public async Task Should_bring_a_deadline_one_working_day_earlier_when_a_saturday_is_made_a_working_day()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var before = await ResolutionDueAsync();

        var added = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(admin, new CalendarDayForm
        {
            Date = new DateOnly(2031, 3, 8), IsWorkingDay = true, Name = "Làm bù thử nghiệm",
        }, Ct));
        var after = await ResolutionDueAsync();
        await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, new DateOnly(2031, 3, 8), Ct));

        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Values));
        Assert.True(after < before, $"{after} should be before {before}");
    }

    [Fact]
    public async Task Should_move_an_open_item_deadline_and_tell_the_administrator_how_many_items_moved()
    {
        // Received Monday 02/06/2031 09:00; Wednesday 04/06 becomes a day off.
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var received = new DateTimeOffset(2031, 6, 2, 2, 0, 0, TimeSpan.Zero);
        var terms = await AdministrationHost.RunAsync<SlaPolicies, SlaTerms>(factory, p => p.NewTermsAsync("DO_THI", Severity.Normal, received, Ct));
        var id = await AdministrationHost.RunAsync<PaknDbContext, Guid>(factory, async db =>
        {
            var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Đèn đường kiệt 12 hỏng", null, "P_HAI_CHAU", null, null, null, new Contact(), received);
            item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, terms, Actors.Routing, received);
            db.Feedback.Add(item);
            await db.SaveChangesAsync(Ct);
            return item.Id;
        });
        var before = await DueOfAsync(id);

        var added = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(admin, new CalendarDayForm
        {
            Date = new DateOnly(2031, 6, 4), Name = "Nghỉ hoán đổi thử nghiệm",
        }, Ct));
        var after = await DueOfAsync(id);
        var removed = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, new DateOnly(2031, 6, 4), Ct));

        Assert.Equal(
            "Đã thêm ngày nghỉ 04/06/2031. Đã tính lại hạn xử lý của 1 phản ánh đang giải quyết; lịch sử của từng phản ánh ghi rõ hạn cũ và hạn mới.",
            added.Message);
        Assert.Equal(before!.Value.AddDays(1), after);
        Assert.Equal(before, await DueOfAsync(id));
        Assert.StartsWith("Đã xóa ngày 04/06/2031. Đã tính lại hạn xử lý của 1 phản ánh", removed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_no_item_moved_when_no_open_deadline_spans_the_day()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var added = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(admin, new CalendarDayForm
        {
            Date = new DateOnly(2032, 10, 6), Name = "Nghỉ thử nghiệm",
        }, Ct));
        await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, new DateOnly(2032, 10, 6), Ct));

        Assert.Equal("Đã thêm ngày nghỉ 06/10/2032. Không phản ánh đang giải quyết nào phải đổi hạn.", added.Message);
    }

    [Fact]
    public async Task Should_show_the_computed_lunar_new_year_and_hung_kings_days_read_only_for_the_year()
    {
        var holidays = await AdministrationHost.RunAsync<HolidayAdministration, IReadOnlyList<Holiday>>(factory, a => Task.FromResult(a.EffectiveHolidays(2027)));

        // Tết Đinh Mùi: mùng 1 is 6 February 2027; Giỗ Tổ (10/3 âm lịch) is 16 April 2027.
        Assert.Contains(holidays, h => h.Date == new DateOnly(2027, 2, 6) && h.Name == VietnameseHolidays.LunarNewYear);
        Assert.Contains(holidays, h => h.Date == new DateOnly(2027, 4, 16) && h.Name == VietnameseHolidays.HungKings);
        Assert.All(holidays, h => Assert.Equal(2027, h.Date.Year));
    }

    [Theory]
    [InlineData("2031-03-09", false, "Ngày này vốn đã là ngày nghỉ (cuối tuần hoặc ngày lễ theo luật).")]
    [InlineData("2031-03-04", true, "Ngày này vốn đã là ngày làm việc; ngày làm bù phải là ngày nghỉ cuối tuần hoặc ngày lễ.")]
    [InlineData("2019-03-04", false, "Chọn một ngày từ năm 2021 đến năm 2100.")]
    public async Task Should_refuse_a_day_that_changes_nothing_or_is_out_of_range(string date, bool working, string message)
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var result = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(admin, new CalendarDayForm
        {
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), IsWorkingDay = working, Name = "Thử",
        }, Ct));

        Assert.Equal(message, result.Error("Date"));
        Assert.False(await AdministrationHost.RunAsync<PaknDbContext, bool>(factory, db => db.CalendarDays.AnyAsync(d => d.Name == "Thử", Ct)));
    }

    [Fact]
    public async Task Should_refuse_a_day_without_a_name_or_from_a_non_administrator()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var form = new CalendarDayForm { Date = new DateOnly(2031, 5, 2), Name = " " };

        var unnamed = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(admin, form, Ct));
        form.Name = "Nghỉ";
        var notAdmin = await AdministrationHost.RunAsync<HolidayAdministration, AdminResult>(factory, a => a.SaveAsync(coordinator, form, Ct));

        Assert.NotNull(unnamed.Error("Name"));
        Assert.Equal(AdminResult.NotAdministrator, notAdmin);
    }

    private Task<DateTimeOffset?> DueOfAsync(Guid id) =>
        AdministrationHost.RunAsync<PaknDbContext, DateTimeOffset?>(factory, db => db.Feedback.Where(f => f.Id == id).Select(f => f.ResolutionDueAt).SingleAsync(Ct));

    private async Task<DateTimeOffset> ResolutionDueAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var terms = await scope.ServiceProvider.GetRequiredService<SlaPolicies>().NewTermsAsync("KHAC", Severity.Normal, Received, Ct);
        return terms.ResolutionDue(Received);
    }
}
