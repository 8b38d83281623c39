namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>One target of the plans: a share with its threshold ("100% số PAKN được xử lý") and the previous period's share.</summary>
public sealed record TargetFigure(string Name, int Numerator, int Denominator, double Threshold, double? PreviousPercent = null)
{
    /// <summary>Null when there is nothing to measure yet (no item reached that stage).</summary>
    public double? Percent => Denominator == 0 ? null : Math.Round(100.0 * Numerator / Denominator, 1);

    public bool Met => Percent is null || Percent >= Threshold;

    /// <summary>Percentage points gained (+) or lost (−) since the previous period; null when either is unmeasured.</summary>
    public double? Trend => Percent is { } now && PreviousPercent is { } before ? Math.Round(now - before, 1) : null;
}

public sealed record UnitFigures(
    string UnitCode, string UnitName, int Received, int Processed, int OnTime, int Late, int OpenOverdue, int Rated = 0, int Satisfied = 0)
{
    public double? OnTimePercent => OnTime + Late == 0 ? null : Math.Round(100.0 * OnTime / (OnTime + Late), 1);

    public double? ProcessedPercent => Received == 0 ? null : Math.Round(100.0 * Processed / Received, 1);

    public double? SatisfiedPercent => Rated == 0 ? null : Math.Round(100.0 * Satisfied / Rated, 1);
}

public sealed record OverdueItem(string TrackingCode, string? UnitName, string Text, DateTimeOffset? ResolutionDueAt);

/// <summary>Items received in one slice of the period (a month, or a day in a one-month period).</summary>
public sealed record PeriodCount(string Label, DateTimeOffset From, int Received, int Processed);

public sealed record DashboardFigures(
    ReportPeriod Period,
    int Received,
    IReadOnlyList<TargetFigure> Targets,
    IReadOnlyList<UnitFigures> Units,
    IReadOnlyList<(string Name, int Count)> ByField,
    IReadOnlyList<(string Name, int Count)> ByChannel,
    IReadOnlyList<OverdueItem> Overdue)
{
    public IReadOnlyList<PeriodCount> ByPeriod { get; init; } = [];

    public ReportPeriod? Previous { get; init; }

    /// <summary>The overdue list as leaders read it: one group per unit, the worst first.</summary>
    public IEnumerable<IGrouping<string, OverdueItem>> OverdueByUnit =>
        Overdue.GroupBy(o => o.UnitName ?? "Chưa giao đơn vị").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
}
