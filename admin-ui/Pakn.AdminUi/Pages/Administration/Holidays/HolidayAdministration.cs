using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.AdminUi.Access;
using Pakn.Core.Calendar;
using Pakn.Core.Data;

namespace Pakn.AdminUi.Pages.Administration.Holidays;

/// <summary>
/// The year's days off and make-up working days decided by the Prime Minister or the province.
/// Statutory days (Tết and Giỗ Tổ computed from the lunar calendar, nghỉ bù) are shown, not
/// edited. A saved day reloads <see cref="CalendarDayOverrides"/> at once, so the next deadline
/// computed in this process uses it; other replicas pick it up within <see cref="CalendarDayRefresh.Interval"/>.
/// </summary>
public sealed class HolidayAdministration(
    StaffAccess access,
    PaknDbContext db,
    CalendarDayOverrides overrides,
    WorkingCalendars calendars,
    IOptionsMonitor<WorkingCalendarOptions> options,
    TimeProvider time)
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

        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == form.Date!.Value, cancellationToken);
        if (day is null)
        {
            day = new CalendarDay { Date = form.Date!.Value, Name = name };
            db.CalendarDays.Add(day);
        }

        day.Name = name;
        day.IsWorkingDay = form.IsWorkingDay;
        day.ChangedAt = time.GetUtcNow();
        day.ChangedBy = scope.Actor;
        await db.SaveChangesAsync(cancellationToken);
        await overrides.ReloadAsync(db, cancellationToken);
        return AdminResult.Done(form.IsWorkingDay ? $"Đã thêm ngày làm bù {Format(day.Date)}." : $"Đã thêm ngày nghỉ {Format(day.Date)}.");
    }

    public async Task<AdminResult> DeleteAsync(StaffScope scope, DateOnly date, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var deleted = await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(cancellationToken);
        await overrides.ReloadAsync(db, cancellationToken);
        return deleted == 0 ? AdminResult.Fail("", "Ngày này không còn trong danh sách.") : AdminResult.Done($"Đã xóa ngày {Format(date)}.");
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private WorkingCalendar Statutory(int year)
    {
        var current = options.CurrentValue;
        return WorkingCalendar.Create(
            new WorkingCalendarOptions { TimeZone = current.TimeZone, WorkingDays = current.WorkingDays, Periods = current.Periods },
            [year]);
    }

    private static DateTimeOffset MiddleOf(int year) => new(year, 7, 1, 0, 0, 0, TimeSpan.Zero);
}
