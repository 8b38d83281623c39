using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.AdminUi.Access;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Sla;

namespace Pakn.AdminUi.Pages.Administration.Holidays;

/// <summary>
/// The year's days off and make-up working days decided by the Prime Minister or the province.
/// Statutory days (Tết and Giỗ Tổ computed from the lunar calendar, nghỉ bù) are shown, not
/// edited. A saved day moves the stored deadlines of the open items it falls inside, in the same
/// commit (<see cref="CalendarDayChanges"/>), and reloads <see cref="CalendarDayOverrides"/> at
/// once, so the next deadline computed in this process uses it; other replicas pick it up within
/// <see cref="CalendarDayRefresh.Interval"/>.
/// </summary>
public sealed class HolidayAdministration(
    StaffAccess access,
    PaknDbContext db,
    CalendarDayChanges changes,
    CalendarDayOverrides overrides,
    WorkingCalendars calendars,
    IOptionsMonitor<WorkingCalendarOptions> options)
{
    public const int FirstYear = VietnameseHolidays.FirstYear;
    public const int LastYear = 2100;

    public Task<List<CalendarDay>> DaysAsync(int year, CancellationToken cancellationToken = default) =>
        db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31))
            .OrderBy(d => d.Date).ToListAsync(cancellationToken);

    /// <summary>Every day off of the year as deadlines see them now: statutory, nghỉ bù and the added days.</summary>
    public IReadOnlyList<Holiday> EffectiveHolidays(int year)
    {
        var calendar = calendars.At(MiddleOf(year));
        return [.. calendar.Holidays.Where(h => h.Date.Year == year)];
    }

    public IReadOnlyList<DateOnly> EffectiveWorkingDays(int year) =>
        [.. calendars.At(MiddleOf(year)).ExtraWorkingDays.Where(d => d.Year == year).Order()];

    public async Task<AdminResult> SaveAsync(StaffScope scope, CalendarDayForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var errors = new Dictionary<string, string>();
        if (form.Date is not { } date || date.Year is < FirstYear or > LastYear)
        {
            errors[nameof(form.Date)] = $"Chọn một ngày từ năm {FirstYear} đến năm {LastYear}.";
        }
        else
        {
            // Judged against the week and the statutory list alone: a day off must take away a
            // working day, a make-up day must add one.
            var statutory = Statutory(date.Year);
            if (!form.IsWorkingDay && !statutory.IsWorkingDay(date))
            {
                errors[nameof(form.Date)] = "Ngày này vốn đã là ngày nghỉ (cuối tuần hoặc ngày lễ theo luật).";
            }
            else if (form.IsWorkingDay && statutory.IsWorkingDay(date))
            {
                errors[nameof(form.Date)] = "Ngày này vốn đã là ngày làm việc; ngày làm bù phải là ngày nghỉ cuối tuần hoặc ngày lễ.";
            }
        }

        var name = form.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            errors[nameof(form.Name)] = "Ghi tên ngày nghỉ hoặc căn cứ (ví dụ: Nghỉ hoán đổi theo Quyết định …), tối đa 200 ký tự.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        var saved = await changes.SaveAsync(form.Date!.Value, form.IsWorkingDay, name, scope.Actor, cancellationToken);
        await overrides.ReloadAsync(db, cancellationToken);
        return saved.Succeeded
            ? AdminResult.Done($"{(form.IsWorkingDay ? "Đã thêm ngày làm bù" : "Đã thêm ngày nghỉ")} {Format(form.Date!.Value)}. {Moved(saved.MovedItems)}")
            : AdminResult.Fail("", saved.Error!);
    }

    public async Task<AdminResult> DeleteAsync(StaffScope scope, DateOnly date, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var deleted = await changes.DeleteAsync(date, scope.Actor, cancellationToken);
        await overrides.ReloadAsync(db, cancellationToken);
        return deleted.Succeeded ? AdminResult.Done($"Đã xóa ngày {Format(date)}. {Moved(deleted.MovedItems)}") : AdminResult.Fail("", deleted.Error!);
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What the administrator is told about the open items the change reached.</summary>
    public static string Moved(int items) => items == 0
        ? "Không phản ánh đang giải quyết nào phải đổi hạn."
        : $"Đã tính lại hạn xử lý của {items} phản ánh đang giải quyết; lịch sử của từng phản ánh ghi rõ hạn cũ và hạn mới.";

    private WorkingCalendar Statutory(int year)
    {
        var current = options.CurrentValue;
        return WorkingCalendar.Create(
            new WorkingCalendarOptions { TimeZone = current.TimeZone, WorkingDays = current.WorkingDays, Periods = current.Periods },
            [year]);
    }

    private static DateTimeOffset MiddleOf(int year) => new(year, 7, 1, 0, 0, 0, TimeSpan.Zero);
}
