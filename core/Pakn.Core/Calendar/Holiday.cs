namespace Pakn.Core.Calendar;

/// <summary>A day off with the Vietnamese name shown to staff, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương".</summary>
public sealed record Holiday(DateOnly Date, string Name, HolidayKind Kind);
