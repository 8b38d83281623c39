using Pakn.Routing.Classification;

namespace Pakn.Host;

/// <summary>
/// <c>eval-routing --input FILE.jsonl [--threshold P] [--margin M]</c>: scores the shipped
/// classifier (trained on the embedded corpus only, never on FILE) and prints the report; the
/// last line is <c>accuracy=… macro_f1=… abstain=… accuracy_when_sure=…</c>.
/// <c>eval-routing --cross-validate K</c>: the same report on out-of-fold predictions over the
/// training corpus, plus an abstention sweep and, for a few costs of a wrong unit counted in
/// triage looks, the threshold that costs least: the way to tune without looking at the test split.
/// </summary>
internal static class EvalRoutingCommand
{
    public static int Run(string[] args, Pakn.Routing.RoutingOptions defaults)
    {
        var threshold = Number(args, "--threshold") ?? defaults.ConfidenceThreshold;
        var margin = Number(args, "--margin") ?? defaults.MarginThreshold;
        var training = CorpusExample.Embedded();
        if (Number(args, "--cross-validate") is { } folds)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var evaluation = RoutingEvaluation.CrossValidate(training, (int)folds, threshold, margin, e => FieldClassifier.Train(e));
            Console.WriteLine($"{folds}-fold cross-validation on the shipped corpus ({training.Count} examples) in {started.Elapsed.TotalSeconds:F0} s");
            Console.WriteLine(evaluation.Sweep());
            foreach (var cost in new[] { 2.0, 3.0, 4.0, 6.0 })
            {
                var cut = evaluation.ChooseThreshold(cost);
                var at = evaluation.With(cut, 0);
                Console.WriteLine(FormattableString.Invariant($"mistake cost {cost}: threshold={cut:0.000} abstain={at.AbstainRate:0.000} accuracy_when_sure={at.AccuracyWhenSure:0.000}"));
            }

            Console.WriteLine(evaluation.Report());
            return 0;
        }

        var input = Resolve(Option(args, "--input"));
        if (input is null)
        {
            Console.Error.WriteLine("usage: eval-routing --input FILE.jsonl [--threshold P] [--margin M] | --cross-validate K  (each line {\"text\": \"…\", \"label\": \"FIELD_CODE\"})");
            return 2;
        }

        var examples = CorpusExample.ReadFile(input);
        var overlap = examples.Select(e => ClassifierFeatures.For(e.Text)).Intersect(training.Select(e => ClassifierFeatures.For(e.Text))).Count();
        Console.WriteLine($"training on the shipped corpus: {training.Count} examples; evaluating {examples.Count} from {input}");
        if (overlap > 0)
        {
            Console.WriteLine($"warning: {overlap} evaluated texts also appear in the training corpus");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var classifier = FieldClassifier.Train(training);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine(RoutingEvaluation.Run(classifier, examples, threshold, margin).Report());
        return 0;
    }

    /// <summary>
    /// `dotnet run --project host/Pakn.Host` runs in the project folder, so a path typed from the
    /// repository root is also looked for from each parent folder.
    /// </summary>
    private static string? Resolve(string? path)
    {
        if (path is null || Path.IsPathRooted(path))
        {
            return path is not null && File.Exists(path) ? path : null;
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static double? Number(string[] args, string name) =>
        double.TryParse(Option(args, name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
