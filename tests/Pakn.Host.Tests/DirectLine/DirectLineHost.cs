using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pakn.Bot.Conversations;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>The real host with the scripted engine in place of the dialog, and a known Direct Line secret.</summary>
public sealed class DirectLineHost : IAsyncDisposable
{
    public const string Secret = "test-directline-secret-0123456789";

    private readonly PaknWebFactory _factory;

    /// <param name="realEngine">Keeps the host's own conversation engine (the dialog) instead of the scripted one.</param>
    public DirectLineHost(IReadOnlyDictionary<string, string?>? settings = null, bool realEngine = false)
    {
        var all = new Dictionary<string, string?> { ["Pakn:DirectLine:Secret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = PaknWebFactory.With(all);
        Factory = realEngine ? _factory : _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConversationEngine>();
            services.AddSingleton<IConversationEngine>(Engine);
        }));
    }

    public ScriptedConversationEngine Engine { get; } = new();
    public WebApplicationFactory<Program> Factory { get; }
    public PaknWebFactory Root => _factory;

    public HttpClient Client(string? bearer = null)
    {
        var client = Factory.CreateClient();
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>A web chat token, then the conversation it names, as the page does it.</summary>
    public async Task<Conversation> StartAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tokenResponse = await Client().PostAsync("/api/webchat/token", null, ct);
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("token").GetString()!;
        var client = Client(token);
        using var started = await client.PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = "dl_citizen" } }, ct);
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>(ct);
        return new Conversation(client, body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>The root factory drains the host it made for <see cref="Factory"/>, then disposes it with itself.</summary>
    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}

public sealed record Conversation(HttpClient Client, string Id, string Token, string StreamUrl)
{
    public string Path => $"/v3/directline/conversations/{Id}";

    public async Task<string> PostAsync(object activity)
    {
        using var response = await Client.PostAsJsonAsync($"{Path}/activities", activity, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetString()!;
    }

    public Task<string> SayAsync(string text, string clientId) => PostAsync(new
    {
        type = "message",
        from = new { id = "dl_citizen", role = "user" },
        text,
        channelData = new { clientActivityID = clientId },
    });

    public async Task<(List<JsonElement> Activities, string Watermark)> GetAsync(string? watermark = null)
    {
        using var response = await Client.GetAsync($"{Path}/activities?watermark={watermark}", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (body.GetProperty("activities").EnumerateArray().ToList(), body.GetProperty("watermark").GetString()!);
    }
}
