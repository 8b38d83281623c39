using System.Globalization;
using Pakn.Core.Calendar;

namespace Pakn.Core.Tests.Calendar;

/// <summary>Test inputs written as Vietnamese wall-clock time, the way the expectations are reasoned about.</summary>
internal static class VietnamTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The default calendar with the statutory holidays of 2025 to 2027.</summary>
    public static WorkingCalendar Default { get; } = WorkingCalendar.Create(new WorkingCalendarOptions(), [2025, 2026, 2027]);

    /// <summary>"2026-02-13 16:00" in Hà Nội, as the UTC instant the application stores.</summary>
    public static DateTimeOffset At(string local) =>
        new DateTimeOffset(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Offset).ToUniversalTime();

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static WorkingCalendar With(WorkingCalendarOptions options) => WorkingCalendar.Create(options, [2025, 2026, 2027]);
}
