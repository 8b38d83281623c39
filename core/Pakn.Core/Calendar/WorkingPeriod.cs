using System.Globalization;
using System.Text.RegularExpressions;

namespace Pakn.Core.Calendar;

/// <summary>
/// A span of working hours within a local day, such as 07:30–11:30; the end is exclusive and may
/// be 24:00, so a round-the-clock calendar is "00:00-24:00".
/// </summary>
public readonly partial record struct WorkingPeriod
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public WorkingPeriod(TimeSpan start, TimeSpan end)
    {
        if (start < TimeSpan.Zero || end > Day || start >= end)
        {
            throw new ArgumentException($"A working period runs forward within one day; {Format(start)}-{Format(end)} does not.");
        }

        Start = start;
        End = end;
    }

    public TimeSpan Start { get; }

    public TimeSpan End { get; }

    public TimeSpan Duration => End - Start;

    /// <summary>Reads "07:30-11:30" (spaces and an en dash allowed), the form used in configuration.</summary>
    /// <exception cref="FormatException">The text is not two times of day, the first before the second.</exception>
    public static WorkingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = PeriodPattern().Match(text);
        if (match.Success
            && TryTime(match.Groups["startHour"].Value, match.Groups["startMinute"].Value, out var start)
            && TryTime(match.Groups["endHour"].Value, match.Groups["endMinute"].Value, out var end)
            && start < end)
        {
            return new WorkingPeriod(start, end);
        }

        throw new FormatException($"'{text}' is not a working period such as 07:30-11:30.");
    }

    public override string ToString() => $"{Format(Start)}-{Format(End)}";

    private static bool TryTime(string hours, string minutes, out TimeSpan time)
    {
        var (h, m) = (int.Parse(hours, CultureInfo.InvariantCulture), int.Parse(minutes, CultureInfo.InvariantCulture));
        time = new TimeSpan(h, m, 0);
        return m < 60 && time <= Day;
    }

    private static string Format(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}");

    [GeneratedRegex(@"^\s*(?<startHour>\d{1,2}):(?<startMinute>\d{2})\s*[-–]\s*(?<endHour>\d{1,2}):(?<endMinute>\d{2})\s*$")]
    private static partial Regex PeriodPattern();
}
