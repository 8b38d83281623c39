namespace Pakn.Routing;

/// <summary>The "Pakn:Routing" section.</summary>
public sealed class RoutingOptions
{
    /// <summary>
    /// Below this probability routing abstains and a coordinator places the item. Chosen by
    /// 5-fold cross-validation on the training corpus (<c>eval-routing --cross-validate 5</c>, model
    /// v6, audited corpus), before scoring any held-out file: the cut that costs least when a wrong
    /// unit costs three triage looks (0.399). See the corpus README for the figures.
    /// </summary>
    public double ConfidenceThreshold { get; set; } = 0.40;

    /// <summary>Routing also abstains when the best field leads the second by less than this.</summary>
    public double MarginThreshold { get; set; }

    /// <summary>How often to look for new coordinators' examples to retrain on.</summary>
    public TimeSpan RetrainCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retrain once this many examples were added since the current model.</summary>
    public int RetrainAfterExamples { get; set; } = 20;

    /// <summary>Where the trained model is cached (default: the data folder's models/).</summary>
    public string? ModelDirectory { get; set; }
}
