using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Channels;
using Pakn.Core.Data;

namespace Pakn.Bot.Zalo;

/// <summary>
/// The OA's keys and tokens as every host process sees them: the database row (set on the
/// admin screen, and where refreshed tokens are kept) over the Pakn:Zalo configuration. Zalo
/// rotates the refresh token on every refresh and the old one stops working, so across processes
/// one refresh at a time: the refresher takes a lease on the row with a conditional update, and
/// a caller whose token was already replaced gets the new one instead of refreshing again.
/// </summary>
public sealed partial class ZaloTokens(
    IServiceScopeFactory scopes, IHttpClientFactory clients, IOptions<ZaloOptions> options, TimeProvider time, ILogger<ZaloTokens> logger) : IDisposable
{
    /// <summary>Long enough for one refresh call (15 s timeout); a crashed refresher's lease runs out.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>An access token this close to its expiry is refreshed before it is used.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _owner = Guid.NewGuid().ToString("N");

    /// <summary>The effective keys and tokens: each value from the database when set there, else from configuration.</summary>
    public async Task<ZaloSettings> SettingsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        return Merge(await db.ZaloChannel.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ZaloChannel.SingletonId, cancellationToken));
    }

    /// <summary>The access token to send with, refreshed first when it is about to expire.</summary>
    public async Task<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(cancellationToken);
        return settings.AccessTokenExpiresAt is { } expires && expires - time.GetUtcNow() < RefreshAhead
            ? await RefreshAsync(settings.AccessToken, cancellationToken)
            : settings.AccessToken;
    }

    /// <summary>A token to use instead of <paramref name="rejected"/>: someone's newer one, or a fresh one; <paramref name="rejected"/> when the refresh failed.</summary>
    public async Task<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Waiting in real time: a test clock may never move.
            var giveUp = DateTime.UtcNow + Lease + Lease;
            while (DateTime.UtcNow < giveUp)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
                var row = await db.ZaloChannel.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ZaloChannel.SingletonId, cancellationToken);
                var settings = Merge(row);
                if (settings.AccessToken != rejected)
                {
                    return settings.AccessToken;
                }

                if (row is null)
                {
                    await CreateRowAsync(db, cancellationToken);
                    continue;
                }

                var now = time.GetUtcNow();
                var claimed = await db.ZaloChannel
                    .Where(c => c.Id == ZaloChannel.SingletonId && c.AccessToken == row.AccessToken
                        && (c.RefreshLeaseUntil == null || c.RefreshLeaseUntil < now))
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(c => c.RefreshLeaseOwner, _owner)
                        .SetProperty(c => c.RefreshLeaseUntil, now + Lease), cancellationToken) == 1;
                if (!claimed)
                {
                    // Another process is refreshing (or just did): read again shortly.
                    await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                    continue;
                }

                // Not cancelled halfway: once Zalo has rotated the pair, it must be stored.
                var fresh = await CallRefreshAsync(settings, CancellationToken.None);
                var done = time.GetUtcNow();
                var mine = db.ZaloChannel.Where(c => c.Id == ZaloChannel.SingletonId && c.RefreshLeaseOwner == _owner);
                if (fresh is null)
                {
                    await mine.ExecuteUpdateAsync(set => set
                        .SetProperty(c => c.RefreshLeaseOwner, (string?)null)
                        .SetProperty(c => c.RefreshLeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
                    return rejected;
                }

                // The old refresh token is spent now: the new pair must be stored whatever happens to the caller.
                await mine.ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.AccessToken, fresh.AccessToken)
                    .SetProperty(c => c.RefreshToken, fresh.RefreshToken ?? settings.RefreshToken)
                    .SetProperty(c => c.AccessTokenExpiresAt, fresh.ExpiresIn is { } seconds ? done.AddSeconds(seconds) : null)
                    .SetProperty(c => c.RefreshedAt, done)
                    .SetProperty(c => c.UpdatedAt, done)
                    .SetProperty(c => c.RefreshLeaseOwner, (string?)null)
                    .SetProperty(c => c.RefreshLeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
                return fresh.AccessToken;
            }

            return rejected;
        }
        finally
        {
            _gate.Release();
        }
    }

    private ZaloSettings Merge(ZaloChannel? row)
    {
        var zalo = options.Value;
        static string Pick(string? stored, string configured) => string.IsNullOrEmpty(stored) ? configured : stored;

        // The token pair goes together: a stored access token comes with the refresh token stored beside it.
        var storedTokens = row is { AccessToken.Length: > 0 };
        return new ZaloSettings(
            Pick(row?.AppId, zalo.AppId),
            Pick(row?.OaSecretKey, zalo.OaSecretKey),
            Pick(row?.AppSecret, zalo.AppSecret),
            storedTokens ? row!.AccessToken : zalo.AccessToken,
            storedTokens ? Pick(row!.RefreshToken, zalo.RefreshToken) : Pick(row?.RefreshToken, zalo.RefreshToken),
            storedTokens ? row!.AccessTokenExpiresAt : null);
    }

    private async Task CreateRowAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        db.ZaloChannel.Add(new ZaloChannel { UpdatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process created it first: theirs is the row.
        }
    }

    private async Task<RefreshedTokens?> CallRefreshAsync(ZaloSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.OAuthBaseUrl.TrimEnd('/') + "/v4/oa/access_token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["refresh_token"] = settings.RefreshToken,
                    ["app_id"] = settings.AppId,
                    ["grant_type"] = "refresh_token",
                }),
            };
            request.Headers.Add("secret_key", settings.AppSecret);
            using var response = await clients.CreateClient(nameof(ZaloTokens)).SendAsync(request, cancellationToken);
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = json.RootElement;
            if (!root.TryGetProperty("access_token", out var access) || access.GetString() is not { Length: > 0 and <= ZaloChannel.TokenMaxLength } newAccess)
            {
                LogRefreshRefused(root.TryGetProperty("error", out var error) ? error.ToString() : "?");
                return null;
            }

            var newRefresh = root.TryGetProperty("refresh_token", out var refresh) && refresh.GetString() is { Length: > 0 and <= ZaloChannel.TokenMaxLength } r ? r : null;
            int? expiresIn = root.TryGetProperty("expires_in", out var expires) ? expires.ValueKind switch
            {
                JsonValueKind.Number when expires.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(expires.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            } : null;
            return new RefreshedTokens(newAccess, newRefresh, expiresIn);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The send that asked reports the refused token; the next one tries the refresh again.
            LogRefreshFailed(ex.GetType().Name);
            return null;
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record RefreshedTokens(string AccessToken, string? RefreshToken, int? ExpiresIn);

    // Never the tokens themselves.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo refused the access-token refresh (error {Error})")]
    private partial void LogRefreshRefused(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo access-token refresh failed ({Failure})")]
    private partial void LogRefreshFailed(string failure);
}

/// <summary>The OA keys and current tokens in effect.</summary>
public sealed record ZaloSettings(string AppId, string OaSecretKey, string AppSecret, string AccessToken, string RefreshToken, DateTimeOffset? AccessTokenExpiresAt)
{
    public bool IsConfigured => AppId.Length > 0 && OaSecretKey.Length > 0;
}
