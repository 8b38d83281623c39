namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>One target of the plans: a share with its threshold ("100% số PAKN được xử lý").</summary>
public sealed record TargetFigure(string Name, int Numerator, int Denominator, double Threshold)
{
    /// <summary>Null when there is nothing to measure yet (no item reached that stage).</summary>
    public double? Percent => Denominator == 0 ? null : Math.Round(100.0 * Numerator / Denominator, 1);

    public bool Met => Percent is null || Percent >= Threshold;
}

public sealed record UnitFigures(string UnitCode, string UnitName, int Received, int Processed, int OnTime, int Late, int OpenOverdue)
{
    public double? OnTimePercent => OnTime + Late == 0 ? null : Math.Round(100.0 * OnTime / (OnTime + Late), 1);
}

public sealed record OverdueItem(string TrackingCode, string? UnitName, string Text, DateTimeOffset? ResolutionDueAt);

public sealed record DashboardFigures(
    ReportPeriod Period,
    int Received,
    IReadOnlyList<TargetFigure> Targets,
    IReadOnlyList<UnitFigures> Units,
    IReadOnlyList<(string Name, int Count)> ByField,
    IReadOnlyList<(string Name, int Count)> ByChannel,
    IReadOnlyList<OverdueItem> Overdue);
