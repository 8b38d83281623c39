using Pakn.Core.Reference;
using Pakn.Core.Text;

namespace Pakn.Routing.Classification;

/// <summary>
/// The skeleton's honest rule: count each field's keywords in the folded text (whole words, so
/// "ngap" does not match inside another word); a phrase of several words weighs more than one
/// word. The trained classifier replaces this behind <see cref="Classify"/>.
/// </summary>
public sealed class KeywordClassifier
{
    private readonly (string FieldCode, string[] Keywords)[] _fields;

    public KeywordClassifier(IEnumerable<Field> fields) =>
        _fields = fields
            .Select(f => (f.Code, f.Keywords
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(k => $" {VietnameseText.Fold(k)} ")
                .Where(k => k.Length > 2)
                .Distinct()
                .ToArray()))
            .Where(f => f.Item2.Length > 0)
            .ToArray();

    /// <summary>Fields with a positive score, best first.</summary>
    public IReadOnlyList<FieldScore> Classify(string text)
    {
        var folded = $" {VietnameseText.Fold(text)} ";
        var scores = new List<FieldScore>();
        foreach (var (fieldCode, keywords) in _fields)
        {
            var score = 0;
            foreach (var keyword in keywords)
            {
                if (folded.Contains(keyword, StringComparison.Ordinal))
                {
                    score += keyword.Count(c => c == ' ') - 1;
                }
            }

            if (score > 0)
            {
                scores.Add(new FieldScore(fieldCode, score));
            }
        }

        return [.. scores.OrderByDescending(s => s.Score).ThenBy(s => s.FieldCode, StringComparer.Ordinal)];
    }
}

public readonly record struct FieldScore(string FieldCode, int Score);
