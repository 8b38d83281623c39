namespace Pakn.Core.Calendar;

/// <summary>
/// A day of the Vietnamese lunar calendar (âm lịch). Months have 29 or 30 days; a leap month
/// (tháng nhuận) carries the number of the month it repeats, so 2023 has 2 and then leap 2.
/// Months 11 and 12 belong to the lunar year that began at the previous Tết.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
