using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;

namespace Pakn.Core.ApiKeys;

/// <summary>Whether a key sent to the API may file: a key from configuration, or an unrevoked key of the table.</summary>
public static class ApiKeyCheck
{
    /// <summary>"Last used" is a day-to-day hint for administrators, not an audit: written at most this often per key.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static async Task<bool> IsValidAsync(
        PaknDbContext db, string? key, IEnumerable<string> configuredKeys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200)
        {
            return false;
        }

        if (MatchesAny(key, configuredKeys))
        {
            return true;
        }

        var hash = ApiKeyHash.Of(key);
        var stored = await db.ApiKeys.Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new { k.Id, k.LastUsedAt }).SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return false;
        }

        if (stored.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.ApiKeys.Where(k => k.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return true;
    }

    private static bool MatchesAny(string key, IEnumerable<string> keys)
    {
        var given = Encoding.UTF8.GetBytes(key);
        var match = false;
        foreach (var known in keys)
        {
            match |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(known));
        }

        return match;
    }
}
