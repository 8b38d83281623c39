using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Testing;

namespace Pakn.Host.Tests;

/// <summary>
/// The real host composed exactly as in production — a SQLite file with migrations and the demo
/// province, the in-memory MassTransit bus, every role — with only configuration changed: a
/// private temporary data directory (deleted on dispose) and a submission limit high enough not
/// to get in the way. Settings that an environment variable could otherwise change (provider,
/// transport, roles) are pinned, so a CI shell cannot turn these tests into something else.
/// </summary>
public sealed class PaknWebFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private IHost? _host;

    public PaknWebFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    // xunit builds class fixtures through their one public constructor.
    private PaknWebFactory(IReadOnlyDictionary<string, string?> overrides)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"pakn-host-tests-{Guid.NewGuid():N}");
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Pakn:DataDirectory"] = DataDirectory,
            ["ConnectionStrings:Pakn"] = "",
            ["Pakn:Database:Provider"] = "Sqlite",
            ["Pakn:Database:MigrateOnStart"] = "true",
            ["Pakn:DemoData"] = "true",
            ["Pakn:Bus:Transport"] = "InMemory",
            ["Pakn:Roles"] = "web,routing,handlers",
            ["Pakn:RateLimits:SubmissionsPerMinute"] = "10000",
            // Trained once for the whole run instead of once per host.
            ["Pakn:Routing:ModelDirectory"] = SharedRoutingModel.Directory,
        };
        SharedRoutingModel.GetAsync().GetAwaiter().GetResult();
        foreach (var (key, value) in overrides)
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    /// <summary>Off only for scenarios about what a stop with work in flight does.</summary>
    public bool DrainOnDispose { get; set; } = true;

    /// <summary>A host with these settings changed as well, for the scenarios that are about configuration.</summary>
    public static PaknWebFactory With(IReadOnlyDictionary<string, string?> overrides) => new(overrides);

    /// <summary>Rows intake writes for one submission: the item, its audit trail, its outbox event.</summary>
    public async Task<StoredCounts> CountStoredAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return new StoredCounts(
            await db.Feedback.CountAsync(ct),
            await db.AuditEntries.CountAsync(ct),
            await db.OutboxMessages.CountAsync(ct));
    }

    /// <summary>The filed text exactly as stored, read behind the public API.</summary>
    public async Task<string> StoredContentAsync(string trackingCode)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        return await db.Feedback.Where(f => f.TrackingCode == trackingCode).Select(f => f.Content)
            .SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Waits, at most <see cref="PaknClient.PipelineTimeout"/>, until no event waits in the outbox
    /// and no item waits for routing. Stopping the host with messages on the in-memory bus loses
    /// them and stalls shutdown on consumer retries (see RestartTests), so each host is drained
    /// before it is stopped.
    /// </summary>
    public async Task DrainAsync()
    {
        if (_host is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < PaknClient.PipelineTimeout)
        {
            using var scope = _host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            if (!await db.OutboxMessages.AnyAsync() && !await db.Feedback.AnyAsync(f => f.State == FeedbackState.Received))
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (DrainOnDispose)
        {
            await DrainAsync();
        }

        await base.DisposeAsync();
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    // DisposeAsync ends here too, after the host has stopped.
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        // Pooled connections keep the file open; let them go before deleting it.
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "pakn.db")}"))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            if (Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind must not fail the run.
        }
    }
}

public readonly record struct StoredCounts(int Feedback, int AuditEntries, int OutboxMessages);
