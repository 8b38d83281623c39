namespace Pakn.AdminUi.Pages.Administration.Holidays;

public sealed class CalendarDayForm
{
    public DateOnly? Date { get; set; }

    /// <summary>True for a make-up working day (làm bù), false for an added day off.</summary>
    public bool IsWorkingDay { get; set; }

    public string? Name { get; set; }
}
