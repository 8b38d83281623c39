using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Testing;

namespace Pakn.EndToEnd.Tests;

/// <summary>
/// Host processes of one test sharing a fresh PostgreSQL database and the test RabbitMQ vhost.
/// Keeps every host it started (also killed ones) so their output can be shown on failure.
/// </summary>
internal sealed class PaknCluster : IAsyncDisposable
{
    public const string AllRoles = "web,routing,handlers";

    private readonly List<HostProcess> _hosts = [];
    private readonly string _dataDirectory;

    private PaknCluster(string connectionString)
    {
        ConnectionString = connectionString;
        _dataDirectory = Directory.CreateTempSubdirectory("pakn-e2e-").FullName;
    }

    public string ConnectionString { get; }

    /// <summary>Extra settings every host of this cluster gets (Pakn__Outbox__ClaimDuration, ...).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public IReadOnlyList<HostProcess> Hosts => _hosts;

    /// <summary>Requires the real servers (skips by hand, fails under infra/test.sh) and creates an empty database.</summary>
    public static async Task<PaknCluster> CreateAsync()
    {
        TestInfrastructure.RequirePostgres();
        TestInfrastructure.RequireRabbitMq();
        return new PaknCluster(await TestInfrastructure.CreatePostgresDatabaseAsync("pakn_e2e"));
    }

    /// <summary>Runs <c>Pakn.Host migrate</c> (schema and demo data) and requires exit code 0.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var migrate = Start("migrate", AllRoles, migrateOnStart: true, "migrate");
        var exitCode = await migrate.WaitForExitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        Assert.True(exitCode == 0, $"`Pakn.Host migrate` exited with {exitCode}.\n{migrate.Tail(80)}");
    }

    /// <summary>Starts a host process; it is not waited for (see <see cref="StartHealthyAsync"/>).</summary>
    public HostProcess Start(string name, string roles, bool migrateOnStart, params string[] arguments)
    {
        SharedRoutingModel.GetAsync().GetAwaiter().GetResult();
        var environment = new Dictionary<string, string>
        {
            ["Pakn__Database__Provider"] = nameof(DatabaseProvider.PostgreSql),
            ["ConnectionStrings__Pakn"] = ConnectionString,
            ["Pakn__Database__MigrateOnStart"] = migrateOnStart ? "true" : "false",
            ["Pakn__DemoData"] = "true",
            ["Pakn__Bus__Transport"] = "RabbitMq",
            ["Pakn__Bus__Host"] = TestInfrastructure.RabbitHost,
            ["Pakn__Bus__VirtualHost"] = TestInfrastructure.RabbitVirtualHost,
            ["Pakn__Bus__Username"] = TestInfrastructure.RabbitUser,
            ["Pakn__Bus__Password"] = TestInfrastructure.RabbitPassword,
            ["Pakn__Roles"] = roles,
            ["Pakn__RateLimits__SubmissionsPerMinute"] = "100000",
            ["Pakn__DataDirectory"] = Path.Combine(_dataDirectory, name),
            // The routing model is trained once for the run (SharedRoutingModel), not per host.
            ["Pakn__Routing__ModelDirectory"] = SharedRoutingModel.Directory,
            // One line per consumed message ("RECEIVE <queue> <id> <type> <consumer>"): shows
            // which process handled what.
            ["Logging__LogLevel__MassTransit.Messages"] = "Debug",
        };
        foreach (var (key, value) in Settings)
        {
            environment[key] = value;
        }

        var host = HostProcess.Start(name, environment, arguments);
        lock (_hosts)
        {
            _hosts.Add(host);
        }

        return host;
    }

    /// <summary>Starts several hosts at the same moment and waits until all of them answer /health.</summary>
    public async Task<HostProcess[]> StartHealthyAsync(
        bool migrateOnStart, CancellationToken cancellationToken, params (string Name, string Roles)[] hosts)
    {
        var started = hosts.Select(h => Start(h.Name, h.Roles, migrateOnStart)).ToArray();
        await Task.WhenAll(started.Select(h => h.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60), cancellationToken)));
        return started;
    }

    public PaknDbContext OpenDatabase()
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(DatabaseProvider.PostgreSql, ConnectionString);
        return new PaknDbContext(options.Options);
    }

    /// <summary>
    /// Polls the database until no item is left in Received and the outbox is empty, i.e. every
    /// event was relayed and handled. Returns how long it took.
    /// </summary>
    public async Task<TimeSpan> WaitUntilDrainedAsync(int expectedItems, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var last = "";
        while (true)
        {
            await using (var db = OpenDatabase())
            {
                var items = await db.Feedback.CountAsync(cancellationToken);
                var received = await db.Feedback.CountAsync(f => f.State == FeedbackState.Received, cancellationToken);
                var outbox = await db.OutboxMessages.CountAsync(cancellationToken);
                last = $"{items} items, {received} still Received, {outbox} outbox rows";
                if (items >= expectedItems && received == 0 && outbox == 0)
                {
                    return watch.Elapsed;
                }
            }

            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Not drained within {timeout.TotalSeconds:0} s: {last}.");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Counts the messages each host consumed with <paramref name="consumer"/>, from its RECEIVE log lines.</summary>
    public IReadOnlyDictionary<string, int> ConsumedBy(string consumer) =>
        _hosts.ToDictionary(h => h.Name, h => h.CountOutputLines($" {consumer}("));

    /// <summary>
    /// Deliveries (queue and message id) that more than one host logged as consumed: a host
    /// consumed them but died before its acknowledgement reached the broker, which redelivered them.
    /// </summary>
    public int ConsumedByMoreThanOneHost() =>
        _hosts.SelectMany(h => h.OutputLines("RECEIVE ").Select(ReceivedMessage).Distinct().Select(m => (Host: h.Name, Message: m)))
            .GroupBy(x => x.Message)
            .Count(g => g.Count() > 1);

    private static string ReceivedMessage(string line)
    {
        // "... RECEIVE <queue address> <message id> <message type> <consumer>(<duration>)"
        var parts = line[(line.IndexOf("RECEIVE ", StringComparison.Ordinal) + 8)..].Split(' ', 3);
        return parts.Length >= 2 ? $"{parts[0]} {parts[1]}" : line;
    }

    /// <summary>Exception filter: writes every host's output to the test output, never catches.</summary>
    public bool WriteHostOutput()
    {
        var output = TestContext.Current.TestOutputHelper;
        if (output is null)
        {
            return false;
        }

        lock (_hosts)
        {
            foreach (var host in _hosts)
            {
                output.WriteLine(host.Tail(400));
            }
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        HostProcess[] hosts;
        lock (_hosts)
        {
            hosts = [.. _hosts];
        }

        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
