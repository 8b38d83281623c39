namespace Pakn.Handlers.Sla;

/// <summary>The "Pakn:Sla" section.</summary>
public sealed class SlaOptions
{
    /// <summary>How often the deadline sweeper looks for clocks whose point has come.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Items handled per sweep query.</summary>
    public int BatchSize { get; set; } = 500;
}
