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
    private RoutingEvaluation(IReadOnlyList<(CorpusExample Example, LabelScore? Best)> results, double threshold)
    {
        Results = results;
        Threshold = threshold;
    }

    public IReadOnlyList<(CorpusExample Example, LabelScore? Best)> Results { get; }
    public double Threshold { get; }

    public int Total => Results.Count;
    public int Abstained => Results.Count(r => IsAbstained(r.Best));
    public int Correct => Results.Count(r => !IsAbstained(r.Best) && r.Best!.Value.Label == r.Example.Label);
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
    public double AbstainRate => Total == 0 ? 0 : (double)Abstained / Total;
    public double AccuracyWhenSure => Total - Abstained == 0 ? 0 : (double)Correct / (Total - Abstained);

    public static RoutingEvaluation Run(FieldClassifier classifier, IEnumerable<CorpusExample> examples, double threshold) =>
        new(examples.Select(e => (e, Best: classifier.Predict(e.Text) is { Count: > 0 } ranked ? ranked[0] : (LabelScore?)null)).ToList(), threshold);

    /// <summary>Per label: precision and recall over the items not abstained / all items of the label.</summary>
    public IReadOnlyList<(string Label, double Precision, double Recall, double F1, int Support)> PerLabel()
    {
        var labels = Results.Select(r => r.Example.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        return labels.Select(label =>
        {
            var support = Results.Count(r => r.Example.Label == label);
            var predicted = Results.Count(r => !IsAbstained(r.Best) && r.Best!.Value.Label == label);
            var truePositive = Results.Count(r => r.Example.Label == label && !IsAbstained(r.Best) && r.Best!.Value.Label == label);
            var precision = predicted == 0 ? 0 : (double)truePositive / predicted;
            var recall = support == 0 ? 0 : (double)truePositive / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return (label, precision, recall, f1, support);
        }).ToList();
    }

    public double MacroF1 => PerLabel() is { Count: > 0 } rows ? rows.Average(r => r.F1) : 0;

    /// <summary>Confident mistakes, most frequent first: the pairs that send items to the wrong unit.</summary>
    public IReadOnlyList<(string Actual, string Predicted, int Count)> Confusions() =>
        Results.Where(r => !IsAbstained(r.Best) && r.Best!.Value.Label != r.Example.Label)
            .GroupBy(r => (r.Example.Label, r.Best!.Value.Label))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderByDescending(c => c.Item3)
            .ToList();

    public string Report()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"items={Total} threshold={Threshold:0.00}");
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

    private bool IsAbstained(LabelScore? best) => best is null || best.Value.Probability < Threshold;
}
