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
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _snapshot;

    public async Task<Area?> FindAsync(string input, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
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
        (await GetSnapshotAsync(cancellationToken)).Areas;

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        var now = time.GetUtcNow();
        if (current is not null && now - current.LoadedAt < Lifetime)
        {
            return current;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var byName = new Dictionary<string, Area>();
        foreach (var area in areas)
        {
            byName.TryAdd(StripPrefix(VietnameseText.Fold(area.Name)), area);
            byName.TryAdd(VietnameseText.Fold(area.ShortName), area);
        }

        current = new Snapshot(areas, byName, now);
        _snapshot = current;
        return current;
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

    private sealed record Snapshot(IReadOnlyList<Area> Areas, IReadOnlyDictionary<string, Area> ByName, DateTimeOffset LoadedAt);
}
