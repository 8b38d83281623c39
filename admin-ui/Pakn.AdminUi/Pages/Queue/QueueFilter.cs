using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Queue;

/// <summary>What the queue page asks for; every part is optional.</summary>
public sealed record QueueFilter
{
    public FeedbackState? State { get; init; }
    public string? FieldCode { get; init; }
    public string? UnitCode { get; init; }
    public Severity? Severity { get; init; }

    /// <summary>A tracking code, or words of the title or content.</summary>
    public string? Search { get; init; }
    public bool OpenOnly { get; init; } = true;
    public bool OverdueOnly { get; init; }
    public QueueSort Sort { get; init; } = QueueSort.OverdueFirst;
    public bool Descending { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}

public enum QueueSort
{
    /// <summary>Overdue items first, then the nearest deadline.</summary>
    OverdueFirst,
    ReceivedAt,
    ResolutionDue,
    State,
}
