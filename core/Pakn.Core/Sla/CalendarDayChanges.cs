using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.Core.Sla;

/// <summary>
/// Saves or removes an administrator's calendar day together with the stored deadlines it moves
/// (<see cref="FeedbackItem.FollowCalendarChange"/>), in one SaveChanges. Not an event and a
/// consumer: the administrator is told at once how many items moved, and no sweeper ever reads
/// the new day with the old deadlines in between (a day off declared for today must stop today's
/// breaches). Calendar edits come a few times a year and touch only open items whose running span
/// holds the date, so the transaction stays small. An item a unit changes meanwhile makes the save
/// conflict on its version; the change is then read and counted again from fresh rows, so
/// concurrent edits of two days each move an item once. Saving a day that is already there moves
/// nothing: the calendars before and after are the same.
/// </summary>
public sealed class CalendarDayChanges(PaknDbContext db, IOptionsMonitor<WorkingCalendarOptions> options, TimeProvider time)
{
    private const int Attempts = 3;

    private static readonly FeedbackState[] Open =
        [FeedbackState.NeedsTriage, FeedbackState.Assigned, FeedbackState.Acknowledged, FeedbackState.InProgress, FeedbackState.NeedsInfo];

    public Task<CalendarDayChangeResult> SaveAsync(DateOnly date, bool isWorkingDay, string name, string actor, CancellationToken cancellationToken) =>
        CommitAsync(date, new CalendarDay { Date = date, IsWorkingDay = isWorkingDay, Name = name, ChangedBy = actor },
            actor, $"{(isWorkingDay ? "thêm ngày làm bù" : "thêm ngày nghỉ")} {Format(date)}: {name}", cancellationToken);

    public Task<CalendarDayChangeResult> DeleteAsync(DateOnly date, string actor, CancellationToken cancellationToken) =>
        CommitAsync(date, null, actor, null, cancellationToken);

    private async Task<CalendarDayChangeResult> CommitAsync(DateOnly date, CalendarDay? wanted, string actor, string? reason, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var rows = await db.CalendarDays.ToListAsync(cancellationToken);
            var before = rows.Select(Copy).ToList();
            var row = rows.SingleOrDefault(d => d.Date == date);
            var now = time.GetUtcNow();
            if (wanted is null)
            {
                if (row is null)
                {
                    return new CalendarDayChangeResult(0, "Ngày này không còn trong danh sách.");
                }

                db.CalendarDays.Remove(row);
                reason = $"{(row.IsWorkingDay ? "bỏ ngày làm bù" : "bỏ ngày nghỉ")} {Format(date)}";
            }
            else
            {
                if (row is null)
                {
                    row = new CalendarDay { Date = date, Name = wanted.Name };
                    db.CalendarDays.Add(row);
                }

                row.Name = wanted.Name;
                row.IsWorkingDay = wanted.IsWorkingDay;
                row.ChangedAt = now;
                row.ChangedBy = actor;
            }

            var after = before.Where(d => d.Date != date).Concat(wanted is null ? [] : [wanted]).ToList();
            var moved = await FollowAsync(before, after, date, now, actor, reason!, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new CalendarDayChangeResult(moved);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return new CalendarDayChangeResult(0, "Có phản ánh vừa được cập nhật cùng lúc nên chưa lưu được. Vui lòng lưu lại.");
                }
            }
        }
    }

    /// <summary>Moves the deadlines of the open items whose running span may hold the date; returns how many moved.</summary>
    private async Task<int> FollowAsync(List<CalendarDay> before, List<CalendarDay> after, DateOnly date, DateTimeOffset now,
        string actor, string reason, CancellationToken cancellationToken)
    {
        var configured = options.Get(CalendarDayOverrides.ConfiguredName);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(configured.TimeZone);
        var dayStart = date.ToDateTime(TimeOnly.MinValue);
        var startOfDay = new DateTimeOffset(dayStart, zone.GetUtcOffset(dayStart)).ToUniversalTime();
        var from = startOfDay > now ? startOfDay : now;

        // Deadlines ending before the date cannot hold it; spans starting after it are checked per item.
        var items = await db.Feedback
            .Where(f => Open.Contains(f.State)
                && (f.ResolutionDueAt >= from || f.FirstResponseDueAt >= from || f.UpdateDueAt >= from
                    || f.ForwardDueAt >= from || f.ExtensionNewDueAt >= from))
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return 0;
        }

        var firstYear = Math.Max(VietnameseHolidays.FirstYear, Math.Min(date.Year, items.Min(f => f.ReceivedAt.Year)) - 1);
        var lastYear = Math.Max(date.Year, items.Max(LatestDue).Year) + 1;
        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList();
        var change = new CalendarChange(
            WorkingCalendar.Create(CalendarDayOverrides.Fold(configured, before), years),
            WorkingCalendar.Create(CalendarDayOverrides.Fold(configured, after), years),
            [date],
            now);
        if (change.IsEmpty)
        {
            return 0;
        }

        var policies = await db.SlaPolicies.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var current = policies.Values.Where(p => p.SupersededAt == null).ToList();
        return items.Count(item => item.FollowCalendarChange(
            change,
            item.SlaPolicyId is { } id && policies.TryGetValue(id, out var kept) ? kept : SlaPolicies.MostSpecific(current, item.FieldCode, item.Severity),
            actor,
            reason));
    }

    private static DateTimeOffset LatestDue(FeedbackItem item) =>
        new[] { item.ResolutionDueAt, item.FirstResponseDueAt, item.UpdateDueAt, item.ForwardDueAt, item.ExtensionNewDueAt }.Max() ?? item.ReceivedAt;

    private static CalendarDay Copy(CalendarDay day) => new() { Date = day.Date, IsWorkingDay = day.IsWorkingDay, Name = day.Name };

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
