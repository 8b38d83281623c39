namespace Pakn.Core.Calendar;

/// <summary>
/// A date the year's decisions set apart from the statutory list, kept by administrators: a day
/// off (nghỉ hoán đổi, a moved Tết day) or a day worked although the week or the list says
/// otherwise (làm bù). It takes precedence over the same date in configuration.
/// </summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; init; }

    /// <summary>True for a day worked (làm bù), false for a day off.</summary>
    public bool IsWorkingDay { get; set; }

    public required string Name { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";
}
