using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Bot.Zalo;
using Pakn.Core.Data;
using Pakn.Testing;

namespace Pakn.Bot.Tests;

/// <summary>
/// The real host (SQLite file, in-memory bus, every role) with the Zalo OA configured against
/// <see cref="FakeZaloServer"/>; posts events signed exactly as Zalo signs them.
/// </summary>
public sealed class ZaloHost : WebApplicationFactory<Program>
{
    public const string AppId = "1234567890";
    public const string SecretKey = "oa-secret-key";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"pakn-zalo-tests-{Guid.NewGuid():N}");
    private long _msg;

    public ZaloHost(FakeZaloServer zalo, bool templateFallback = true)
    {
        Zalo = zalo;
        TemplateFallback = templateFallback;
        SharedRoutingModel.GetAsync().GetAwaiter().GetResult();
    }

    public FakeZaloServer Zalo { get; }
    private bool TemplateFallback { get; }

    public HttpClient Http => _http ??= CreateClient();
    private HttpClient? _http;

    public static string Event(string eventName, string userId, object? message, DateTimeOffset? at = null)
    {
        var json = new JsonObject
        {
            ["app_id"] = AppId,
            ["user_id_by_app"] = "app-" + userId,
            ["event_name"] = eventName,
            ["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["sender"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "oa-1" },
        };
        if (message is not null)
        {
            json["message"] = System.Text.Json.JsonSerializer.SerializeToNode(message);
        }

        return json.ToJsonString();
    }

    public string Text(string userId, string text) =>
        Event("user_send_text", userId, new { msg_id = $"msg-{Interlocked.Increment(ref _msg)}", text });

    public static string Sign(string body, string secret = SecretKey)
    {
        var timestamp = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("timestamp").GetString()!;
        return "mac=" + ZaloSignature.Compute(AppId, body, timestamp, secret);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ZaloWebhook.Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature != "")
        {
            request.Headers.TryAddWithoutValidation(ZaloSignature.Header, signature ?? Sign(body));
        }

        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends a text as the user and waits for the bot's answer to it.</summary>
    public async Task<string> SayAsync(string userId, string text)
    {
        var before = Zalo.Sent.Count(s => s.UserId == userId);
        var response = await PostAsync(Text(userId, text));
        response.EnsureSuccessStatusCode();
        var replies = await Zalo.WaitForAsync(s => s.UserId == userId, before + 1);
        // Several messages may answer one turn: let them all arrive.
        await WaitIdleAsync();
        return string.Join("\n", Zalo.Sent.Where(s => s.UserId == userId).Skip(before).Select(s => s.Text));
    }

    /// <summary>Until the outbox is empty and every queued event has been consumed.</summary>
    public async Task WaitIdleAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var (outbox, accepted, consumed) = await QueryAsync(async db => (
                await db.OutboxMessages.CountAsync(),
                await db.ProcessedMessages.CountAsync(p => p.Consumer == ZaloWebhook.DeliveryMarker),
                await db.ProcessedMessages.CountAsync(p => p.Consumer == "zalo-event")));
            if (outbox == 0 && accepted == consumed)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Zalo events still queued after 30 s.");
    }

    public async Task<T> QueryAsync<T>(Func<PaknDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PaknDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        var settings = new Dictionary<string, string?>
        {
            ["Pakn:DataDirectory"] = _dataDirectory,
            ["ConnectionStrings:Pakn"] = "",
            ["Pakn:Database:Provider"] = "Sqlite",
            ["Pakn:Bus:Transport"] = "InMemory",
            ["Pakn:Roles"] = "web,routing,handlers",
            ["Pakn:Routing:ModelDirectory"] = SharedRoutingModel.Directory,
            ["Pakn:Bot:PublicBaseUrl"] = "https://pakn.example.vn",
            ["Pakn:Zalo:AppId"] = AppId,
            ["Pakn:Zalo:OaSecretKey"] = SecretKey,
            ["Pakn:Zalo:AppSecret"] = "app-secret",
            ["Pakn:Zalo:AccessToken"] = "token-1",
            ["Pakn:Zalo:RefreshToken"] = "refresh-1",
            ["Pakn:Zalo:ApiBaseUrl"] = Zalo.BaseUrl,
            ["Pakn:Zalo:OAuthBaseUrl"] = Zalo.BaseUrl,
            ["Pakn:Zalo:MediaHosts:0"] = "127.0.0.1",
            ["Pakn:Zalo:TemplateFallback"] = TemplateFallback ? "true" : "false",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_http is not null)
        {
            await WaitIdleAsync();
        }

        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind must not fail the run.
        }
    }
}
