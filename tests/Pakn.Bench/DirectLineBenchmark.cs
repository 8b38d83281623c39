extern alias PaknHost;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pakn.Core.Data;

namespace Pakn.Bench;

/// <summary>
/// Bot turns through the Direct Line endpoints of the real host (embedded default: SQLite file,
/// in-memory bus, every role, the real conversation engine) on a real Kestrel port: many
/// conversations at once, each filing a PAKN in nine turns. A turn is what a client does: post the
/// message, then poll with its watermark and read the bot's answer. Baseline in the same run and
/// the same host: the plain HTTP round trip GET /health/live at the same concurrency.
/// Last line: turn_p50_ms=… turn_p99_ms=… turns_per_s=… baseline_p50_ms=… baseline_p99_ms=… baseline_per_s=… p50_ratio=…
/// </summary>
internal static class DirectLineBenchmark
{
    private const string Secret = "bench-directline-secret";

    private static readonly string[] Filing =
    [
        "Gửi phản ánh",
        "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm",
        "hai chau",
        "bỏ qua",
        "đúng",
        "Nguyễn Văn An",
        "0905 123 456",
        "bỏ qua",
        "gửi",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = IntOption(args, "--conversations", 200);
        var parallel = IntOption(args, "--parallel", 32);
        var data = Directory.CreateTempSubdirectory("pakn-bench-dl-");
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        try
        {
            await using var host = new BenchHost(baseUrl, data.FullName);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = parallel * 2 }) { BaseAddress = new Uri(baseUrl) };
            Console.WriteLine($"Pakn Direct Line benchmark: {conversations} conversations × {Filing.Length} turns, {parallel} at once, SQLite + in-memory bus, {baseUrl}");

            // Warm-up: JIT, connection pool, EF model, and the routing classifier, which the dialog's
            // field proposal loads (or trains, on a first run) inside its turn: alone, before the load.
            await RunConversationsAsync(http, 1, 1, []);
            await RunConversationsAsync(http, Math.Min(parallel, 8), parallel, []);
            await BaselineAsync(http, 200, parallel, []);

            var turns = new List<double>();
            var clock = Stopwatch.StartNew();
            await RunConversationsAsync(http, conversations, parallel, turns);
            var turnSeconds = clock.Elapsed.TotalSeconds;

            var baseline = new List<double>();
            clock.Restart();
            await BaselineAsync(http, turns.Count, parallel, baseline);
            var baselineSeconds = clock.Elapsed.TotalSeconds;

            using (var scope = host.Services.CreateScope())
            {
                // Let routing finish what the filings started, so the host stops with an empty bus.
                var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
                for (var waited = 0; waited < 600 && await db.OutboxMessages.AnyAsync(); waited++)
                {
                    await Task.Delay(100);
                }

                var filed = await db.Feedback.CountAsync();
                Console.WriteLine($"filed: {filed} items from {conversations + 1 + Math.Min(parallel, 8)} conversations (including warm-up)");
            }

            var (p50, p99) = (Percentile(turns, 0.50), Percentile(turns, 0.99));
            var (b50, b99) = (Percentile(baseline, 0.50), Percentile(baseline, 0.99));
            Console.WriteLine($"turns: {turns.Count} in {turnSeconds:F2} s; baseline: {baseline.Count} GET /health/live in {baselineSeconds:F2} s");
            Console.WriteLine(
                $"turn_p50_ms={p50:F2} turn_p99_ms={p99:F2} turns_per_s={turns.Count / turnSeconds:F1} " +
                $"baseline_p50_ms={b50:F2} baseline_p99_ms={b99:F2} baseline_per_s={baseline.Count / baselineSeconds:F1} p50_ratio={p50 / b50:F1}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Delete(recursive: true);
        }
    }

    private static async Task RunConversationsAsync(HttpClient http, int count, int parallel, List<double> latencies)
    {
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, ct) =>
        {
            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
            using var started = await http.SendAsync(start, ct);
            started.EnsureSuccessStatusCode();
            var conversation = await started.Content.ReadFromJsonAsync<JsonElement>(ct);
            var id = conversation.GetProperty("conversationId").GetString()!;
            var token = conversation.GetProperty("token").GetString()!;
            var watermark = "";
            var local = new List<double>(Filing.Length);
            for (var turn = 0; turn < Filing.Length; turn++)
            {
                var clock = Stopwatch.StartNew();
                using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
                {
                    Content = JsonContent.Create(new
                    {
                        type = "message",
                        from = new { id = "bench-user" },
                        text = Filing[turn],
                        channelData = new { clientActivityID = $"t{turn}" },
                    }),
                };
                post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using (var posted = await http.SendAsync(post, ct))
                {
                    posted.EnsureSuccessStatusCode();
                }

                using var poll = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities?watermark={watermark}");
                poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var polled = await http.SendAsync(poll, ct);
                polled.EnsureSuccessStatusCode();
                var page = await polled.Content.ReadFromJsonAsync<JsonElement>(ct);
                clock.Stop();
                if (!page.GetProperty("activities").EnumerateArray().Any(a => a.GetProperty("from").GetProperty("role").GetString() == "bot"))
                {
                    throw new InvalidOperationException($"Turn {turn} got no answer from the bot.");
                }

                watermark = page.GetProperty("watermark").GetString()!;
                local.Add(clock.Elapsed.TotalMilliseconds);
            }

            lock (latencies)
            {
                latencies.AddRange(local);
            }
        });
    }

    private static async Task BaselineAsync(HttpClient http, int count, int parallel, List<double> latencies)
    {
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, ct) =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync("/health/live", ct);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(ct);
            clock.Stop();
            lock (latencies)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        });
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : fallback;
    }

    /// <summary>The production composition on a real port; only the data folder, secret and log level differ.</summary>
    private sealed class BenchHost : WebApplicationFactory<PaknHost::Program>
    {
        private readonly string _baseUrl;
        private readonly string _data;

        public BenchHost(string baseUrl, string data)
        {
            _baseUrl = baseUrl;
            _data = data;

            // Outside a test project there is no content-root manifest: the bench's output folder
            // holds the host's appsettings.json and the web chat files.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PAKN_HOST", AppContext.BaseDirectory);
            UseKestrel();
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in new Dictionary<string, string?>
            {
                ["Urls"] = _baseUrl,
                ["Pakn:DataDirectory"] = _data,
                ["ConnectionStrings:Pakn"] = "",
                ["Pakn:Database:Provider"] = "Sqlite",
                ["Pakn:Bus:Transport"] = "InMemory",
                ["Pakn:Roles"] = "web,routing,handlers",
                ["Pakn:DirectLine:Secret"] = Secret,
                // Trained once and kept between runs (keyed by the corpus hash, as in production).
                ["Pakn:Routing:ModelDirectory"] = Path.Combine(Path.GetTempPath(), "pakn-bench-models"),
                ["Logging:LogLevel:Default"] = "Warning",
            })
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}
