namespace Pakn.Routing;

/// <summary>The "Pakn:Routing" section.</summary>
public sealed class RoutingOptions
{
    /// <summary>
    /// Below this probability routing abstains and a coordinator places the item. Chosen by
    /// 5-fold cross-validation on the training corpus (<c>eval-routing --cross-validate 5</c>, model
    /// v5): the cut that costs least when a wrong unit costs two triage looks (0.454). Counting it
    /// three looks gives 0.71: about 0.97 right when routed, but about 9% of items go to triage
    /// (see the corpus README for both operating points).
    /// </summary>
    public double ConfidenceThreshold { get; set; } = 0.45;

    /// <summary>Routing also abstains when the best field leads the second by less than this.</summary>
    public double MarginThreshold { get; set; }

    /// <summary>How often to look for new coordinators' examples to retrain on.</summary>
    public TimeSpan RetrainCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retrain once this many examples were added since the current model.</summary>
    public int RetrainAfterExamples { get; set; } = 20;

    /// <summary>Where the trained model is cached (default: the data folder's models/).</summary>
    public string? ModelDirectory { get; set; }
}
