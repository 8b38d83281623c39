using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pakn.Bot.Tests;

/// <summary>
/// A local stand-in for Zalo's servers on a real socket (Zalo is unreachable from here; the one
/// fake the project allows): the OA customer-service and transaction message APIs with their
/// error codes, the access-token refresh, and a CDN serving the files users "sent".
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeZaloServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The token the API accepts; requests with any other get error -216.</summary>
    public string ValidToken { get; set; } = "token-1";
    public string RefreshToken { get; set; } = "refresh-1";
    public string NextToken { get; set; } = "token-2";

    /// <summary>Users whose free reply window has closed: customer-service messages get error -213.</summary>
    public ConcurrentDictionary<string, bool> ClosedWindows { get; } = new();
    public bool TemplatesFail { get; set; }

    public ConcurrentQueue<SentMessage> Sent { get; } = new();
    public ConcurrentQueue<string> Refreshes { get; } = new();
    public ConcurrentDictionary<string, (string Type, byte[] Bytes)> Media { get; } = new();

    public static async Task<FakeZaloServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeZaloServer(app);
        app.MapPost("/v3.0/oa/message/cs", (HttpRequest request) => server.ReceiveAsync(request, "cs"));
        app.MapPost("/v3.0/oa/message/transaction", (HttpRequest request) => server.ReceiveAsync(request, "transaction"));
        app.MapPost("/v4/oa/access_token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            server.Refreshes.Enqueue(form["refresh_token"].ToString());
            if (form["refresh_token"] != server.RefreshToken || request.Headers["secret_key"] != "app-secret")
            {
                return Results.Json(new { error = -14014, message = "Invalid refresh token" });
            }

            server.ValidToken = server.NextToken;
            server.RefreshToken = "refresh-2";
            return Results.Json(new { access_token = server.ValidToken, refresh_token = server.RefreshToken, expires_in = "90000" });
        });
        app.MapGet("/media/{name}", (string name) => server.Media.TryGetValue(name, out var file)
            ? Results.Bytes(file.Bytes, file.Type)
            : Results.NotFound());
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async Task<IReadOnlyList<SentMessage>> WaitForAsync(Func<SentMessage, bool> match, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = Sent.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Zalo received {found.Count} of {count} expected messages; all: {string.Join(" | ", Sent.Select(s => s.Text))}");
            }

            await Task.Delay(50);
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, string kind)
    {
        using var json = await JsonDocument.ParseAsync(request.Body);
        var root = json.RootElement;
        var token = request.Headers["access_token"].ToString();
        if (token != ValidToken)
        {
            return Results.Json(new { error = -216, message = "Access token is invalid" });
        }

        var userId = root.GetProperty("recipient").GetProperty("user_id").GetString()!;
        var message = root.GetProperty("message");
        if (kind == "cs" && ClosedWindows.ContainsKey(userId))
        {
            return Results.Json(new { error = -213, message = "User has not interacted with the OA recently" });
        }

        if (kind == "transaction" && TemplatesFail)
        {
            return Results.Json(new { error = -201, message = "Template is not approved" });
        }

        var text = kind == "cs" ? message.GetProperty("text").GetString()! : message.GetRawText();
        Sent.Enqueue(new SentMessage(kind, userId, text, token));
        return Results.Json(new { error = 0, message = "Success", data = new { message_id = Guid.NewGuid().ToString("N") } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record SentMessage(string Kind, string UserId, string Text, string Token);
