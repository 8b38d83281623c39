using Pakn.AdminUi.Portal;

namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>The reporting periods of the plans: month, quarter, 6 months, 9 months, year (Vietnam time).</summary>
public sealed record ReportPeriod(string Kind, int Year, int Index, string Label, DateTimeOffset From, DateTimeOffset To)
{
    public static readonly IReadOnlyList<(string Kind, string Label)> Kinds =
        [("nam", "Năm"), ("9-thang", "9 tháng"), ("6-thang", "6 tháng"), ("quy", "Quý"), ("thang", "Tháng")];

    /// <summary>Null when the kind, year or index makes no period (the caller says so in Vietnamese).</summary>
    public static ReportPeriod? Of(string? kind, int year, int index)
    {
        if (year is < 2000 or > 2100)
        {
            return null;
        }

        (int FirstMonth, int Months, string Label)? shape = kind switch
        {
            "nam" => (1, 12, $"Năm {year}"),
            "9-thang" => (1, 9, $"9 tháng đầu năm {year}"),
            "6-thang" => (1, 6, $"6 tháng đầu năm {year}"),
            "quy" when index is >= 1 and <= 4 => ((index - 1) * 3 + 1, 3, $"Quý {index}/{year}"),
            "thang" when index is >= 1 and <= 12 => (index, 1, $"Tháng {index}/{year}"),
            _ => null,
        };
        if (shape is not { } s)
        {
            return null;
        }

        var from = new DateTime(year, s.FirstMonth, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var to = from.AddMonths(s.Months);
        return new ReportPeriod(kind!, year, index, s.Label, Local(from), Local(to));
    }

    private static DateTimeOffset Local(DateTime at) => new(at, PublicHtml.Zone.GetUtcOffset(at));
}
