using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Pakn.Bot.Zalo;

/// <summary>
/// The OA access token and its refresh token. Zalo rotates the refresh token on every refresh,
/// so one refresh at a time, and a caller whose token was already replaced gets the new one
/// instead of refreshing again.
/// </summary>
public sealed class ZaloTokens(IHttpClientFactory clients, IOptions<ZaloOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _accessToken;
    private string? _refreshToken;

    public string Current => _accessToken ?? options.Value.AccessToken;

    public async Task<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = Current;
            if (current != rejected)
            {
                return current;
            }

            var zalo = options.Value;
            using var request = new HttpRequestMessage(HttpMethod.Post, zalo.OAuthBaseUrl.TrimEnd('/') + "/v4/oa/access_token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["refresh_token"] = _refreshToken ?? zalo.RefreshToken,
                    ["app_id"] = zalo.AppId,
                    ["grant_type"] = "refresh_token",
                }),
            };
            request.Headers.Add("secret_key", zalo.AppSecret);
            using var response = await clients.CreateClient(nameof(ZaloTokens)).SendAsync(request, cancellationToken);
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (json.RootElement.TryGetProperty("access_token", out var access) && access.GetString() is { Length: > 0 } newAccess)
            {
                _accessToken = newAccess;
                if (json.RootElement.TryGetProperty("refresh_token", out var refresh) && refresh.GetString() is { Length: > 0 } newRefresh)
                {
                    _refreshToken = newRefresh;
                }
            }

            return _accessToken ?? current;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException)
        {
            // The send that asked reports the refused token; the next one tries the refresh again.
            return rejected;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
