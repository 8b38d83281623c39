using Pakn.Core.Intake;
using Pakn.Core.Reference;
using Pakn.Core.Text;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Finds the ward or commune a citizen means: exactly (code, name, short name, with or without
/// diacritics), then by name inside a longer answer ("ở phường hải châu ạ"), then allowing typos
/// (edit distance up to one per four letters). Several close candidates are offered to choose.
/// </summary>
public static class AreaMatcher
{
    public static async Task<IReadOnlyList<Area>> MatchAsync(AreaDirectory directory, string input, CancellationToken cancellationToken)
    {
        if (input.Length is 0 or > 200)
        {
            return [];
        }

        if (await directory.FindAsync(input, cancellationToken) is { } exact)
        {
            return [exact];
        }

        var areas = await directory.AllAsync(cancellationToken);
        var folded = $" {VietnameseText.Fold(input)} ";
        var contained = areas.Where(a => folded.Contains($" {VietnameseText.Fold(a.ShortName)} ", StringComparison.Ordinal)).ToList();
        if (contained.Count > 0)
        {
            // "hòa cường bắc" contains both nothing shorter and "hòa cường": prefer the longest name.
            var longest = contained.Max(a => a.ShortName.Length);
            return [.. contained.Where(a => a.ShortName.Length == longest)];
        }

        var key = Strip(VietnameseText.Fold(input));
        var scored = areas
            .Select(a => (Area: a, Distance: Distance(key, VietnameseText.Fold(a.ShortName))))
            .Where(x => x.Distance <= Math.Max(1, VietnameseText.Fold(x.Area.ShortName).Length / 4))
            .OrderBy(x => x.Distance)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored[0].Distance;
        return [.. scored.Where(x => x.Distance == best).Select(x => x.Area)];
    }

    private static string Strip(string folded)
    {
        foreach (var prefix in new[] { "o phuong ", "o xa ", "phuong ", "xa ", "p ", "x ", "o " })
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus swapped neighbours), ignoring spaces.</summary>
    private static int Distance(string a, string b)
    {
        a = a.Replace(" ", "", StringComparison.Ordinal);
        b = b.Replace(" ", "", StringComparison.Ordinal);
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
