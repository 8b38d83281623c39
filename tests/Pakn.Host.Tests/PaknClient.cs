using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Pakn.Host.Tests;

/// <summary>Calls the host's public HTTP surface the way a client would, and waits (boundedly) for the pipeline.</summary>
public static class PaknClient
{
    /// <summary>
    /// Routing and assignment run behind the outbox and the bus: give them this long, never more.
    /// Generous because a host's first item also loads the classifier, and CI machines are shared;
    /// a working pipeline answers in well under a second, so only a stuck one waits this out.
    /// </summary>
    public static readonly TimeSpan PipelineTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static Task<HttpResponseMessage> PostFeedbackAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/feedback", body, TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType = "application/json") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    /// <summary>Submits through the REST API, asserts 202, returns the tracking code.</summary>
    public static async Task<string> SubmitAsync(this HttpClient client, object body)
    {
        using var response = await client.PostFeedbackAsync(body);
        var json = await ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"expected 202, got {(int)response.StatusCode}: {json}");
        return json.GetProperty("trackingCode").GetString()!;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<(HttpStatusCode Status, JsonElement Json)> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    /// <summary>Polls the public status until <paramref name="done"/> holds; fails after <see cref="PipelineTimeout"/>.</summary>
    public static Task<JsonElement> WaitForStatusAsync(this HttpClient client, string trackingCode, Func<JsonElement, bool> done) =>
        client.PollAsync($"/api/feedback/{trackingCode}", done);

    /// <summary>Leaves the first state behind: assigned or sent to triage.</summary>
    public static Task<JsonElement> WaitUntilRoutedAsync(this HttpClient client, string trackingCode) =>
        client.WaitForStatusAsync(trackingCode, s => s.GetProperty("state").GetString() != "received");

    public static async Task<JsonElement> PollAsync(this HttpClient client, string path, Func<JsonElement, bool> done)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();
        var last = "(no answer)";
        while (clock.Elapsed < PipelineTimeout)
        {
            using var response = await client.GetAsync(path, ct);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}";
            if (response.IsSuccessStatusCode)
            {
                var json = await ReadJsonAsync(response);
                if (done(json))
                {
                    return json;
                }
            }

            await Task.Delay(PollInterval, ct);
        }

        Assert.Fail($"GET {path} did not reach the expected state within {PipelineTimeout.TotalSeconds} s; last answer: {last}");
        throw new UnreachableException();
    }

    /// <summary>
    /// Every string value in a JSON document, decoded. The serializer escapes non-ASCII
    /// letters (Nguyễn → Nguy\u1EC5n), so a leak check on the raw text would pass vacuously.
    /// </summary>
    public static string AllStrings(JsonElement element)
    {
        var text = new StringBuilder();
        Collect(element);
        return text.ToString();

        void Collect(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    text.Append(e.GetString()).Append('\n');
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        text.Append(property.Name).Append('\n');
                        Collect(property.Value);
                    }

                    break;
            }
        }
    }

    public static void AssertProblem(HttpResponseMessage response, JsonElement json, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
    }
}
