using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;

namespace Pakn.Core.Reference;

public static class UnitNames
{
    /// <summary>
    /// Every unit's name as it was at <paramref name="at"/>, for reports of past periods: the
    /// version in force then, else today's name (units never edited have no history rows).
    /// </summary>
    public static async Task<Dictionary<string, string>> AtAsync(PaknDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var then = await db.UnitVersions.AsNoTracking()
            .Where(v => v.ValidFrom <= at && (v.ValidTo == null || v.ValidTo > at))
            .Select(v => new { v.UnitCode, v.Name }).ToListAsync(cancellationToken);
        foreach (var version in then)
        {
            names[version.UnitCode] = version.Name;
        }

        return names;
    }
}
