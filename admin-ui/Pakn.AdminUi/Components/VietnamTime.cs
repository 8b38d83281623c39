using System.Globalization;

namespace Pakn.AdminUi.Components;

/// <summary>Times are stored in UTC and shown in Vietnam time, as staff and citizens read them.</summary>
public static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, Zone).ToString("HH:mm dd/MM/yyyy", Vietnamese) : "—";

    public static string Date(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, Zone).ToString("dd/MM/yyyy", Vietnamese) : "—";

    /// <summary>"còn 3 giờ", "quá hạn 2 ngày": how far a deadline is from now.</summary>
    public static string Until(DateTimeOffset? due, DateTimeOffset now)
    {
        if (due is not { } d)
        {
            return "";
        }

        var left = d - now;
        var span = left.Duration();
        var text = span.TotalHours < 1 ? $"{Math.Max(1, (int)span.TotalMinutes)} phút"
            : span.TotalDays < 2 ? $"{(int)span.TotalHours} giờ"
            : $"{(int)span.TotalDays} ngày";
        return left < TimeSpan.Zero ? $"quá hạn {text}" : $"còn {text}";
    }
}
