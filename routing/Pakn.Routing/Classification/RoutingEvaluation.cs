using System.Globalization;
using System.Text;

namespace Pakn.Routing.Classification;

/// <summary>
/// Scores the classifier on a labelled file, as routing would use it: an item whose best
/// probability is below the threshold is abstained (sent to triage) and counts as wrong in
/// accuracy; accuracy_when_sure counts only the items routing would have placed itself.
/// </summary>
public sealed class RoutingEvaluation
{
    private RoutingEvaluation(IReadOnlyList<(CorpusExample Example, IReadOnlyList<LabelScore> Ranked)> ranked, double threshold, double margin)
    {
        Ranked = ranked;
        Results = [.. ranked.Select(r => (r.Example, r.Ranked.Count > 0 ? r.Ranked[0] : (LabelScore?)null))];
        Threshold = threshold;
        Margin = margin;
        _abstained = [.. ranked.Select(r => !RoutingConfidence.IsSure(r.Ranked, threshold, margin))];
    }

    private readonly bool[] _abstained;

    public IReadOnlyList<(CorpusExample Example, IReadOnlyList<LabelScore> Ranked)> Ranked { get; }
    public IReadOnlyList<(CorpusExample Example, LabelScore? Best)> Results { get; }
    public double Threshold { get; }
    public double Margin { get; }

    public int Total => Results.Count;
    public int Abstained => _abstained.Count(a => a);
    public int Correct => Sure().Count(r => r.Best.Label == r.Example.Label);
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
    public double AbstainRate => Total == 0 ? 0 : (double)Abstained / Total;
    public double AccuracyWhenSure => Total - Abstained == 0 ? 0 : (double)Correct / (Total - Abstained);

    public static RoutingEvaluation Run(FieldClassifier classifier, IEnumerable<CorpusExample> examples, double threshold, double margin = 0) =>
        new([.. examples.Select(e => (e, classifier.Predict(e.Text)))], threshold, margin);

    /// <summary>
    /// Out-of-fold predictions on a training corpus: each example is scored by a model trained
    /// on the other folds (stratified by label), so choices can be tuned without the test split.
    /// </summary>
    public static RoutingEvaluation CrossValidate(
        IReadOnlyList<CorpusExample> examples, int folds, double threshold, double margin, Func<IEnumerable<CorpusExample>, FieldClassifier> train, int seed = 7)
    {
        var random = new Random(seed);
        var fold = new int[examples.Count];
        foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Label))
        {
            var order = group.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < order.Count; k++)
            {
                fold[order[k]] = k % folds;
            }
        }

        var ranked = new IReadOnlyList<LabelScore>[examples.Count];
        for (var f = 0; f < folds; f++)
        {
            var classifier = train(examples.Where((_, i) => fold[i] != f));
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold[i] == f)
                {
                    ranked[i] = classifier.Predict(examples[i].Text);
                }
            }
        }

        return new([.. examples.Select((e, i) => (e, ranked[i]))], threshold, margin);
    }

    /// <summary>Scores predictions made elsewhere (a stored run, another model).</summary>
    public static RoutingEvaluation FromPredictions(IEnumerable<(CorpusExample Example, IReadOnlyList<LabelScore> Ranked)> predictions, double threshold, double margin = 0) =>
        new([.. predictions], threshold, margin);

    /// <summary>The same predictions under another abstention rule.</summary>
    public RoutingEvaluation With(double threshold, double margin) => new(Ranked, threshold, margin);

    /// <summary>
    /// For a few abstain rates: accuracy_when_sure when abstaining by probability alone and by
    /// margin (best minus second) alone, with the cut that gives that rate.
    /// </summary>
    public string Sweep()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("abstain  prob_cut  sure_acc  margin_cut  sure_acc\n");
        var probabilities = Ranked.Select(r => r.Ranked.Count > 0 ? (double)r.Ranked[0].Probability : 0).Order().ToList();
        var margins = Ranked.Select(r => r.Ranked.Count switch { 0 => 0, 1 => 1, _ => (double)(r.Ranked[0].Probability - r.Ranked[1].Probability) }).Order().ToList();
        foreach (var rate in new[] { 0.0, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10 })
        {
            var index = (int)Math.Round(rate * Total);
            var probabilityCut = index == 0 ? 0 : probabilities[index - 1] + 1e-9;
            var marginCut = index == 0 ? 0 : margins[index - 1] + 1e-9;
            text.AppendLine(inv, $"{rate,7:0.00} {probabilityCut,9:0.000} {With(probabilityCut, 0).AccuracyWhenSure,9:0.000} {marginCut,11:0.000} {With(0, marginCut).AccuracyWhenSure,9:0.000}");
        }

        text.AppendLine("reliability: best probability -> share correct (items)");
        foreach (var bin in Ranked.Where(r => r.Ranked.Count > 0).GroupBy(r => Math.Min(9, (int)(r.Ranked[0].Probability * 10))).OrderBy(g => g.Key))
        {
            text.AppendLine(inv, $"  {bin.Key / 10.0:0.0}-{(bin.Key + 1) / 10.0:0.0}: {bin.Average(r => r.Ranked[0].Label == r.Example.Label ? 1.0 : 0):0.000} ({bin.Count()})");
        }

        return text.ToString();
    }

    /// <summary>
    /// The probability cut that costs least on these predictions when a confident mistake (an
    /// item sent to the wrong unit, days lost for the citizen and a second hand-over) costs
    /// <paramref name="mistakeCost"/> times an abstention (one coordinator's look in triage):
    /// abstain exactly where an item is more likely wrong than 1 / cost. Meant for out-of-fold
    /// predictions (<see cref="CrossValidate"/>), never for the test split.
    /// </summary>
    public double ChooseThreshold(double mistakeCost)
    {
        var items = Ranked.Where(r => r.Ranked.Count > 0)
            .Select(r => (Probability: (double)r.Ranked[0].Probability, Correct: r.Ranked[0].Label == r.Example.Label))
            .OrderBy(r => r.Probability).ToList();
        var mistakes = items.Count(r => !r.Correct);
        var (bestCut, bestCost) = (0.0, (double)mistakes * mistakeCost);
        var abstained = 0;
        for (var i = 0; i < items.Count; i++)
        {
            abstained++;
            mistakes -= items[i].Correct ? 0 : 1;
            var cost = abstained + mistakes * mistakeCost;
            if (cost < bestCost && (i + 1 == items.Count || items[i + 1].Probability > items[i].Probability))
            {
                (bestCut, bestCost) = (i + 1 == items.Count ? items[i].Probability + 1e-6 : (items[i].Probability + items[i + 1].Probability) / 2, cost);
            }
        }

        return Math.Round(bestCut, 3);
    }

    /// <summary>Per label: precision and recall over the items not abstained / all items of the label.</summary>
    public IReadOnlyList<(string Label, double Precision, double Recall, double F1, int Support)> PerLabel()
    {
        var labels = Results.Select(r => r.Example.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        return labels.Select(label =>
        {
            var support = Results.Count(r => r.Example.Label == label);
            var predicted = Sure().Count(r => r.Best.Label == label);
            var truePositive = Sure().Count(r => r.Example.Label == label && r.Best.Label == label);
            var precision = predicted == 0 ? 0 : (double)truePositive / predicted;
            var recall = support == 0 ? 0 : (double)truePositive / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return (label, precision, recall, f1, support);
        }).ToList();
    }

    public double MacroF1 => PerLabel() is { Count: > 0 } rows ? rows.Average(r => r.F1) : 0;

    /// <summary>Confident mistakes, most frequent first: the pairs that send items to the wrong unit.</summary>
    public IReadOnlyList<(string Actual, string Predicted, int Count)> Confusions() =>
        Sure().Where(r => r.Best.Label != r.Example.Label)
            .GroupBy(r => (r.Example.Label, r.Best.Label))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderByDescending(c => c.Item3)
            .ToList();

    public string Report()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"items={Total} threshold={Threshold:0.00} margin={Margin:0.00}");
        text.AppendLine("label                  precision  recall     f1  support");
        foreach (var (label, precision, recall, f1, support) in PerLabel())
        {
            text.AppendLine(inv, $"{label,-22} {precision,9:0.000} {recall,7:0.000} {f1,6:0.000} {support,8}");
        }

        var confusions = Confusions();
        text.AppendLine(confusions.Count == 0 ? "no confident mistakes" : "confident mistakes (actual -> predicted):");
        foreach (var (actual, predicted, count) in confusions.Take(15))
        {
            text.AppendLine(inv, $"  {actual} -> {predicted}: {count}");
        }

        text.AppendLine(inv, $"abstained (triage): {Abstained} of {Total}");
        text.Append(inv, $"accuracy={Accuracy:0.000} macro_f1={MacroF1:0.000} abstain={AbstainRate:0.000} accuracy_when_sure={AccuracyWhenSure:0.000}");
        return text.ToString();
    }

    private IEnumerable<(CorpusExample Example, LabelScore Best)> Sure() =>
        Ranked.Where((_, i) => !_abstained[i]).Select(r => (r.Example, r.Ranked[0]));
}
