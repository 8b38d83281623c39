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

    /// <summary>
    /// The period the trend compares with: the month or quarter before, or for the cumulative
    /// periods (6 tháng, 9 tháng, năm) the same span of the year before, as the plans' reports do.
    /// </summary>
    public ReportPeriod? Previous() => Kind switch
    {
        "thang" => Index == 1 ? Of(Kind, Year - 1, 12) : Of(Kind, Year, Index - 1),
        "quy" => Index == 1 ? Of(Kind, Year - 1, 4) : Of(Kind, Year, Index - 1),
        _ => Of(Kind, Year - 1, Index),
    };

    /// <summary>The chart's slices: days of a month, months of anything longer (Vietnam time).</summary>
    public IReadOnlyList<(string Label, DateTimeOffset From, DateTimeOffset To)> Slices()
    {
        var slices = new List<(string, DateTimeOffset, DateTimeOffset)>();
        var start = TimeZoneInfo.ConvertTime(From, PublicHtml.Zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(To, PublicHtml.Zone).DateTime;
        var daily = Kind == "thang";
        for (var at = start; at < end; at = daily ? at.AddDays(1) : at.AddMonths(1))
        {
            var next = daily ? at.AddDays(1) : at.AddMonths(1);
            slices.Add((daily ? at.Day.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"T{at.Month}", Local(at), Local(next)));
        }

        return slices;
    }

    /// <summary>
    /// Vietnam's midnight as a UTC instant: SQLite stores times by their clock ticks (so a +07:00
    /// bound would compare 7 hours off) and Npgsql refuses non-UTC offsets for timestamptz.
    /// </summary>
    private static DateTimeOffset Local(DateTime at) => new DateTimeOffset(at, PublicHtml.Zone.GetUtcOffset(at)).ToUniversalTime();
}
