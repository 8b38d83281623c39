using System.Buffers;

namespace Pakn.Routing.Classification;

/// <summary>
/// A vote of the training texts most like the given one (cosine of TF-IDF vectors over folded
/// words and word pairs). Built differently from the maximum-entropy model, it errs on different
/// items: it recognises a situation that some training text described in similar words even when
/// the model's weights, shared across all texts of a field, lean elsewhere. Immutable once built,
/// so safe to share between threads.
/// </summary>
public sealed class NearestExamples
{
    /// <summary>Chosen with the weight in <see cref="FieldClassifier"/> by cross-validation across corpus rounds.</summary>
    public const int Neighbours = 7;

    // Keeps every label possible, so a text with no known word is a uniform (unsure) vote.
    private const float Prior = 0.01f;

    private readonly Dictionary<string, (int Example, float Weight)[]> _postings;
    private readonly Dictionary<string, float> _idf;
    private readonly float _unknownIdf;
    private readonly int[] _labelOf;
    private readonly string[] _labels;

    private NearestExamples(Dictionary<string, (int, float)[]> postings, Dictionary<string, float> idf, float unknownIdf, int[] labelOf, string[] labels)
    {
        _postings = postings;
        _idf = idf;
        _unknownIdf = unknownIdf;
        _labelOf = labelOf;
        _labels = labels;
    }

    public IReadOnlyList<string> Labels => _labels;

    /// <param name="examples">Texts already passed through <see cref="ClassifierFeatures.For"/>, with their labels.</param>
    public static NearestExamples Build(IReadOnlyList<(string Folded, string Label)> examples)
    {
        var labels = examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var terms = examples.Select(e => Terms(e.Folded)).ToList();
        var frequency = new Dictionary<string, int>();
        foreach (var term in terms.SelectMany(t => t.Keys))
        {
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }

        var idf = frequency.ToDictionary(f => f.Key, f => Idf(examples.Count, f.Value));
        var postings = new Dictionary<string, List<(int, float)>>();
        for (var i = 0; i < terms.Count; i++)
        {
            foreach (var (term, weight) in Weigh(terms[i], t => idf[t]))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((i, weight));
            }
        }

        return new(
            postings.ToDictionary(p => p.Key, p => p.Value.ToArray()),
            idf,
            Idf(examples.Count, 0),
            [.. examples.Select(e => labelIndex[e.Label])],
            labels);
    }

    /// <summary>A probability per label (aligned with <see cref="Labels"/>) for a folded text.</summary>
    public float[] Vote(string folded)
    {
        var query = Weigh(Terms(folded), t => _idf.TryGetValue(t, out var w) ? w : _unknownIdf);
        var similarity = ArrayPool<float>.Shared.Rent(_labelOf.Length);
        var touched = new List<int>();
        try
        {
            Array.Clear(similarity, 0, _labelOf.Length);
            foreach (var (term, weight) in query)
            {
                if (_postings.TryGetValue(term, out var postings))
                {
                    foreach (var (example, exampleWeight) in postings)
                    {
                        // Weights are positive, so zero means not seen yet.
                        if (similarity[example] == 0)
                        {
                            touched.Add(example);
                        }

                        similarity[example] += weight * exampleWeight;
                    }
                }
            }

            var votes = Enumerable.Repeat(Prior, _labels.Length).ToArray();
            foreach (var example in Nearest(touched, similarity))
            {
                votes[_labelOf[example]] += similarity[example];
            }

            var total = votes.Sum();
            for (var i = 0; i < votes.Length; i++)
            {
                votes[i] /= total;
            }

            return votes;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(similarity);
        }
    }

    /// <summary>
    /// The <see cref="Neighbours"/> most similar examples, kept in a small sorted array rather than
    /// sorting every example that shares a word (thousands, for common words). Equal similarities
    /// go in corpus order, so a vote never depends on timing.
    /// </summary>
    private static int[] Nearest(List<int> touched, float[] similarity)
    {
        var best = new int[Math.Min(Neighbours, touched.Count)];
        var count = 0;
        foreach (var example in touched)
        {
            var position = count;
            while (position > 0 && Before(example, best[position - 1], similarity))
            {
                position--;
            }

            if (position >= best.Length)
            {
                continue;
            }

            var last = Math.Min(count, best.Length - 1);
            Array.Copy(best, position, best, position + 1, last - position);
            best[position] = example;
            count = Math.Min(count + 1, best.Length);
        }

        return best;
    }

    private static bool Before(int example, int other, float[] similarity) =>
        similarity[example] > similarity[other] || (similarity[example] == similarity[other] && example < other);

    private static float Idf(int documents, int frequency) => (float)(Math.Log((1.0 + documents) / (1.0 + frequency)) + 1);

    /// <summary>Words and adjacent word pairs with their counts; Vietnamese meaning lives in syllable pairs.</summary>
    private static Dictionary<string, int> Terms(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < words.Length; i++)
        {
            counts[words[i]] = counts.GetValueOrDefault(words[i]) + 1;
            if (i + 1 < words.Length)
            {
                var pair = words[i] + "_" + words[i + 1];
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
            }
        }

        return counts;
    }

    /// <summary>Sublinear term frequency times IDF, scaled to unit length.</summary>
    private static List<(string Term, float Weight)> Weigh(Dictionary<string, int> counts, Func<string, float> idf)
    {
        var weights = counts.Select(c => (Term: c.Key, Weight: (float)(1 + Math.Log(c.Value)) * idf(c.Key))).ToList();
        var length = MathF.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        return length == 0 ? [] : [.. weights.Select(w => (w.Term, w.Weight / length))];
    }
}
