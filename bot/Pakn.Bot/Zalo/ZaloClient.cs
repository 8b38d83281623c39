using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Pakn.Bot.Zalo;

/// <summary>
/// Sends OA messages: customer-service text replies (free within the reply window) and
/// transaction (template) messages. An access token the API refuses is refreshed once and the
/// send retried; concurrent senders share one refresh.
/// </summary>
public sealed class ZaloClient(HttpClient http, IOptions<ZaloOptions> options, ZaloTokens tokens)
{
    public const int MaxTextLength = 2_000;

    public Task<ZaloSendResult> SendTextAsync(string userId, string text, CancellationToken cancellationToken) =>
        SendAsync("/v3.0/oa/message/cs", new JsonObject
        {
            ["recipient"] = new JsonObject { ["user_id"] = userId },
            ["message"] = new JsonObject { ["text"] = Shorten(text) },
        }, cancellationToken);

    /// <summary>A transaction message with a button to the tracking page: what Zalo allows outside the reply window.</summary>
    public Task<ZaloSendResult> SendTemplateAsync(string userId, string title, string text, string? link, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["template_type"] = "transaction_event",
            ["language"] = "VI",
            ["elements"] = new JsonArray
            {
                new JsonObject { ["type"] = "header", ["content"] = Shorten(title, 100), ["align"] = "left" },
                new JsonObject { ["type"] = "text", ["content"] = Shorten(text, 250), ["align"] = "left" },
            },
        };
        if (link is not null)
        {
            payload["buttons"] = new JsonArray
            {
                new JsonObject { ["title"] = "Xem chi tiết", ["type"] = "oa.open.url", ["payload"] = new JsonObject { ["url"] = link } },
            };
        }

        return SendAsync("/v3.0/oa/message/transaction", new JsonObject
        {
            ["recipient"] = new JsonObject { ["user_id"] = userId },
            ["message"] = new JsonObject { ["attachment"] = new JsonObject { ["type"] = "template", ["payload"] = payload } },
        }, cancellationToken);
    }

    private async Task<ZaloSendResult> SendAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        var zalo = options.Value;
        var token = await tokens.CurrentAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, zalo.ApiBaseUrl.TrimEnd('/') + path)
            {
                Content = JsonContent.Create(body),
            };
            request.Headers.Add("access_token", token);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                return ZaloSendResult.Transient($"Không kết nối được Zalo: {ex.Message}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ZaloSendResult.Transient("Zalo không trả lời kịp.");
            }

            using (response)
            {
                if ((int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
                {
                    return ZaloSendResult.Transient($"Zalo trả lỗi HTTP {(int)response.StatusCode}.");
                }

                var (error, message) = await ReadErrorAsync(response, cancellationToken);
                if (error == 0 && response.IsSuccessStatusCode)
                {
                    return ZaloSendResult.Sent;
                }

                if (zalo.InvalidTokenErrors.Contains(error) && attempt == 1)
                {
                    token = await tokens.RefreshAsync(token, cancellationToken);
                    continue;
                }

                return zalo.WindowClosedErrors.Contains(error)
                    ? new ZaloSendResult(ZaloSendStatus.WindowClosed, $"Zalo từ chối (mã {error}): {message}")
                    : new ZaloSendResult(ZaloSendStatus.Failed, $"Zalo từ chối (mã {error}): {message}");
            }
        }
    }

    internal static async Task<(int Error, string Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = json.RootElement;
            var error = root.TryGetProperty("error", out var e) && e.TryGetInt32(out var code) ? code : (response.IsSuccessStatusCode ? 0 : -1);
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "";
            return (error, message.Length <= 200 ? message : message[..200]);
        }
        catch (JsonException)
        {
            return (-1, "phản hồi không đọc được");
        }
    }

    private static string Shorten(string text, int max = MaxTextLength) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

public enum ZaloSendStatus
{
    Sent,
    Transient,
    WindowClosed,
    Failed,
}

public sealed record ZaloSendResult(ZaloSendStatus Status, string? Error = null)
{
    public static ZaloSendResult Sent { get; } = new(ZaloSendStatus.Sent);

    public static ZaloSendResult Transient(string error) => new(ZaloSendStatus.Transient, error);
}
