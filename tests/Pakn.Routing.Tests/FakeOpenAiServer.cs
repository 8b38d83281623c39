using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using Pakn.Routing.Classification;

namespace Pakn.Routing.Tests;

/// <summary>
/// A local OpenAI-compatible chat endpoint (POST /v1/chat/completions) on a real socket, as a
/// vLLM or Ollama server would be: the connector is tested over HTTP, not against a mock.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>What the model answers next; null makes the server fail with 500.</summary>
    public string? Answer { get; set; } = "KHAC";

    public ConcurrentQueue<JsonDocument> Requests { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request) =>
        {
            server.Requests.Enqueue(await JsonDocument.ParseAsync(request.Body));
            if (server.Answer is not { } answer)
            {
                return Results.Json(new { error = new { message = "overloaded", type = "server_error" } }, statusCode: 500);
            }

            return Results.Json(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 1_700_000_000,
                model = "fake",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = answer }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 1, total_tokens = 11 },
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri($"{address}/v1");
        return server;
    }

    public LanguageModelClassifier Classifier() => new(Chat());

    public AnswerReview.LanguageModelAnswerReview AnswerReview() => new(Chat());

    private OpenAIChatCompletionService Chat() => new(
        "fake",
        new OpenAIClient(new System.ClientModel.ApiKeyCredential("test"), new OpenAIClientOptions
        {
            Endpoint = Endpoint,
            RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(maxRetries: 0),
        }));

    /// <summary>The citizen's part of the last request (the user message).</summary>
    public string LastUserMessage() =>
        Requests.Last().RootElement.GetProperty("messages").EnumerateArray()
            .Single(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;

    public string LastSystemMessage() =>
        Requests.Last().RootElement.GetProperty("messages").EnumerateArray()
            .Single(m => m.GetProperty("role").GetString() == "system").GetProperty("content").GetString()!;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
