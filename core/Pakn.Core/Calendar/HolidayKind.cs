namespace Pakn.Core.Calendar;

public enum HolidayKind
{
    /// <summary>A day off the Labour Code names (Điều 112).</summary>
    Statutory,

    /// <summary>Nghỉ bù: the working day given back when a holiday falls on a weekly rest day (Điều 111.3).</summary>
    Compensatory,

    /// <summary>A day off the year's decision adds, normally against a Saturday worked in exchange (làm bù).</summary>
    Swap,
}
