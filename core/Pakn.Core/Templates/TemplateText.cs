using System.Globalization;

namespace Pakn.Core.Templates;

/// <summary>
/// The placeholders a template may use, and their filling. Unknown placeholders stay as typed,
/// so a typo shows in the text instead of silently vanishing.
/// </summary>
public static class TemplateText
{
    public static readonly IReadOnlyList<(string Placeholder, string Meaning)> Placeholders =
    [
        ("{ma}", "mã phản ánh"),
        ("{don_vi}", "tên đơn vị xử lý"),
        ("{linh_vuc}", "lĩnh vực"),
        ("{phuong_xa}", "phường/xã"),
        ("{han}", "hạn giải quyết"),
        ("{ngay}", "ngày hôm nay"),
    ];

    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static string Fill(string body, string trackingCode, string? unitName, string? fieldName, string? areaName, DateTimeOffset? dueAt, DateTimeOffset now) =>
        body.Replace("{ma}", trackingCode, StringComparison.Ordinal)
            .Replace("{don_vi}", unitName ?? "đơn vị", StringComparison.Ordinal)
            .Replace("{linh_vuc}", fieldName ?? "", StringComparison.Ordinal)
            .Replace("{phuong_xa}", areaName ?? "", StringComparison.Ordinal)
            .Replace("{han}", dueAt is { } due ? Day(due) : "…", StringComparison.Ordinal)
            .Replace("{ngay}", Day(now), StringComparison.Ordinal);

    private static string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Vietnam).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
