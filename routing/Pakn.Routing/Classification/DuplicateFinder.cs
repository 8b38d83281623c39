namespace Pakn.Routing.Classification;

/// <summary>
/// Likely duplicates: one pothole reported by forty people should become one case. Texts are
/// compared as bags of character trigrams of their folded, normalised form (cosine), which
/// tolerates different wording, missing diacritics and typos; a coordinator confirms any merge.
/// </summary>
public static class DuplicateFinder
{
    /// <summary>Similarity from which an open item in the same area is proposed as the original.</summary>
    public const double Threshold = 0.55;

    public static double Similarity(string first, string second) => Cosine(Trigrams(first), Trigrams(second));

    /// <summary>The most similar candidate at or above the threshold, if any.</summary>
    public static (Guid Id, double Similarity)? FindBest(string text, IEnumerable<(Guid Id, string Text)> candidates) =>
        FindBest(Trigrams(text), candidates.Select(c => (c.Id, Trigrams(c.Text))));

    /// <summary>As above, over trigram bags already made (see <see cref="Trigrams"/>).</summary>
    public static (Guid Id, double Similarity)? FindBest(
        IReadOnlyDictionary<string, int> grams, IEnumerable<(Guid Id, IReadOnlyDictionary<string, int> Grams)> candidates)
    {
        if (grams.Count == 0)
        {
            return null;
        }

        (Guid Id, double Similarity)? best = null;
        foreach (var (id, candidate) in candidates)
        {
            var similarity = Cosine(grams, candidate);
            if (similarity >= Threshold && (best is null || similarity > best.Value.Similarity))
            {
                best = (id, similarity);
            }
        }

        return best;
    }

    /// <summary>The bag of character trigrams a text is compared by.</summary>
    public static IReadOnlyDictionary<string, int> Trigrams(string text)
    {
        var folded = $" {ClassifierFeatures.For(text)} ";
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= folded.Length && i < 4_000; i++)
        {
            var gram = folded.Substring(i, 3);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static double Cosine(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var (gram, count) in a)
        {
            dot += count * b.GetValueOrDefault(gram);
        }

        return dot / (Math.Sqrt(a.Values.Sum(v => (double)v * v)) * Math.Sqrt(b.Values.Sum(v => (double)v * v)));
    }
}
