using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Reference;
using Pakn.Core.Text;

namespace Pakn.Core.Intake;

/// <summary>
/// Finds a ward or commune from what a citizen typed: its code, its full name or its short name,
/// with or without diacritics or the "phường"/"xã" prefix. Areas change rarely, so the list is
/// kept for a minute rather than read for every submission.
/// </summary>
public sealed class AreaDirectory(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly string[] Prefixes = ["phuong ", "xa ", "dac khu ", "thi tran ", "p ", "x "];

    private readonly ReferenceSnapshot<Snapshot> _snapshot = new(scopes, time, TimeSpan.FromMinutes(1), LoadAsync);

    public async Task<Area?> FindAsync(string input, CancellationToken cancellationToken)
    {
        var snapshot = await _snapshot.GetAsync(cancellationToken);
        var trimmed = input.Trim();
        var byCode = snapshot.Areas.FirstOrDefault(a => string.Equals(a.Code, trimmed, StringComparison.OrdinalIgnoreCase));
        if (byCode is not null)
        {
            return byCode;
        }

        var key = StripPrefix(VietnameseText.Fold(trimmed));
        return snapshot.ByName.GetValueOrDefault(key);
    }

    public async Task<IReadOnlyList<Area>> AllAsync(CancellationToken cancellationToken) =>
        (await _snapshot.GetAsync(cancellationToken)).Areas;

    private static async Task<Snapshot> LoadAsync(PaknDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var byName = new Dictionary<string, Area>();
        foreach (var area in areas)
        {
            byName.TryAdd(StripPrefix(VietnameseText.Fold(area.Name)), area);
            byName.TryAdd(VietnameseText.Fold(area.ShortName), area);
        }

        return new Snapshot(areas, byName);
    }

    private static string StripPrefix(string folded)
    {
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }

    private sealed record Snapshot(IReadOnlyList<Area> Areas, IReadOnlyDictionary<string, Area> ByName);
}
