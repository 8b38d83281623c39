using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.Routing.Classification;

/// <summary>
/// Finds the likely original of a new item among the open items of the last 30 days in its
/// area. A filed text never changes, so each item's trigram bag is made once and kept (bounded);
/// a burst of reports about one pothole does not re-read and re-normalise every earlier report.
/// </summary>
public sealed class DuplicateIndex : IDisposable
{
    private const int Candidates = 200;
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private readonly MemoryCache _grams = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public async Task<Guid?> FindOriginalAsync(
        PaknDbContext db, Guid id, string? areaCode, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (areaCode is null)
        {
            return null;
        }

        var grams = DuplicateFinder.Trigrams(text);
        Remember(id, grams);
        var since = now - Window;
        var ids = await db.Feedback.AsNoTracking()
            .Where(f => f.AreaCode == areaCode && f.Id != id && f.ReceivedAt >= since && !f.Confidential
                && FeedbackStateNames.OpenStates.Contains(f.State))
            .OrderByDescending(f => f.ReceivedAt)
            .Take(Candidates)
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);

        var missing = ids.Where(i => !_grams.TryGetValue(i, out _)).ToList();
        if (missing.Count > 0)
        {
            var texts = await db.Feedback.AsNoTracking()
                .Where(f => missing.Contains(f.Id))
                .Select(f => new { f.Id, f.Title, f.Content })
                .ToListAsync(cancellationToken);
            foreach (var item in texts)
            {
                Remember(item.Id, DuplicateFinder.Trigrams($"{item.Title}\n{item.Content}"));
            }
        }

        var candidates = ids
            .Select(i => (Id: i, Grams: _grams.Get<IReadOnlyDictionary<string, int>>(i)))
            .Where(c => c.Grams is not null)
            .Select(c => (c.Id, c.Grams!));
        return DuplicateFinder.FindBest(grams, candidates)?.Id;
    }

    public void Dispose() => _grams.Dispose();

    private void Remember(Guid id, IReadOnlyDictionary<string, int> grams) =>
        _grams.Set(id, grams, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(6) });
}
