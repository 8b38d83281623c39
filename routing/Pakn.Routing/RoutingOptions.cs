namespace Pakn.Routing;

/// <summary>The "Pakn:Routing" section.</summary>
public sealed class RoutingOptions
{
    /// <summary>Below this probability routing abstains and a coordinator places the item.</summary>
    public double ConfidenceThreshold { get; set; } = 0.4;

    /// <summary>Where the trained model is cached (default: the data folder's models/).</summary>
    public string? ModelDirectory { get; set; }
}
