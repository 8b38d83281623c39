using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Seeding;
using Pakn.Handlers.Sla;

namespace Pakn.Bench;

/// <summary>
/// The deadline sweep with N open items in the database: one item is made through the domain,
/// then cloned N-1 times by one INSERT … SELECT (recursive CTE on SQLite, generate_series on
/// PostgreSQL) with distinct ids, tracking codes and next-check times, all in the future. Each
/// case then makes K items due (warning point passed) and times, in the same run, the baseline
/// (the sweeper's indexed query alone, run as many times as the sweep runs it, reading the same
/// rows) and the sweep (<see cref="DeadlineSweeper.SweepAsync"/> until a pass reads less than a
/// batch, as the hosted loop does: claims, outbox events and alerts saved once per batch). The median of the
/// repetitions is reported. One line per case: sweep_ms=… baseline_ms=… ratio=…
/// </summary>
internal static class SweepBenchmark
{
    private static readonly int[] Cases = [0, 100, 10_000];

    public static async Task<int> RunAsync(string[] args)
    {
        var items = CommandLine.Int(args, "--items", 1_000_000);
        var repeat = CommandLine.Int(args, "--repeat", 3);
        var provider = CommandLine.String(args, "--provider", "sqlite") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.PostgreSql,
            var other => throw new ArgumentException($"Unknown provider '{other}': use sqlite or postgres."),
        };

        var root = Directory.CreateTempSubdirectory("pakn-sweep-");
        string? postgresDatabase = null;
        try
        {
            string connectionString;
            if (provider == DatabaseProvider.PostgreSql)
            {
                var server = CommandLine.String(args, "--postgres", Environment.GetEnvironmentVariable("PAKN_TEST_POSTGRES") ?? "")
                    is { Length: > 0 } s ? s : throw new ArgumentException("PostgreSQL: pass --postgres \"Host=…;Username=…\" or set PAKN_TEST_POSTGRES.");
                postgresDatabase = $"pakn_sweep_{Guid.NewGuid():N}"[..30];
                await PostgresAdminAsync(server, $"CREATE DATABASE \"{postgresDatabase}\"");
                connectionString = $"{server};Database={postgresDatabase}";
            }
            else
            {
                connectionString = $"Data Source={Path.Combine(root.FullName, "pakn.db")}";
            }

            using var host = BuildHost(root.FullName, provider, connectionString);
            await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
            var batch = new SlaOptions().BatchSize;
            Console.WriteLine($"Pakn deadline sweep benchmark: {items:N0} open items, {provider}, batch {batch}, median of {repeat}");

            var fill = Stopwatch.StartNew();
            await FillAsync(host.Services, items);
            Console.WriteLine($"filled {items:N0} items in {fill.Elapsed.TotalSeconds:F1} s");
            await ExplainAsync(host.Services, batch);

            var sweeper = ActivatorUtilities.CreateInstance<DeadlineSweeper>(host.Services, Microsoft.Extensions.Options.Options.Create(new SlaOptions()));
            // The first query and save pay for compiling them; neither belongs to any case.
            await ArmAsync(host.Services, 1, DateTimeOffset.UtcNow.AddMinutes(-1));
            _ = await CountDueAsync(host.Services);
            await sweeper.SweepAsync(CancellationToken.None);
            foreach (var due in Cases)
            {
                var sweeps = new List<double>();
                var baselines = new List<double>();
                for (var r = 0; r < repeat; r++)
                {
                    var now = DateTimeOffset.UtcNow;
                    await ArmAsync(host.Services, due, now.AddMinutes(-1));
                    var passes = due / batch + 1;
                    var clock = Stopwatch.StartNew();
                    for (var p = 0; p < passes; p++)
                    {
                        _ = await CountDueAsync(host.Services);
                    }

                    baselines.Add(clock.Elapsed.TotalMilliseconds);
                    clock.Restart();
                    var read = 0;
                    int last;
                    do
                    {
                        last = await sweeper.SweepAsync(CancellationToken.None);
                        read += last;
                    }
                    while (last == batch);

                    sweeps.Add(clock.Elapsed.TotalMilliseconds);
                    await VerifyAsync(host.Services, due, read);
                }

                var sweep = Median(sweeps);
                var baseline = Median(baselines);
                Console.WriteLine($"sweep provider={provider} items={items} due={due} sweep_ms={sweep:F2} baseline_ms={baseline:F2} ratio={sweep / baseline:F2} per_due_item_ms={(due == 0 ? 0 : sweep / due):F3}");
            }

            return 0;
        }
        finally
        {
            if (postgresDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await PostgresAdminAsync(CommandLine.String(args, "--postgres", Environment.GetEnvironmentVariable("PAKN_TEST_POSTGRES") ?? ""),
                    $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
            }

            root.Delete(recursive: true);
        }
    }

    /// <summary>The query <see cref="DeadlineSweeper.SweepAsync"/> runs; kept in step with it by hand.</summary>
    private static IQueryable<FeedbackItem> DueQuery(PaknDbContext db, DateTimeOffset now, int batch) =>
        db.Feedback
            .Where(f => f.SlaCheckAt != null && f.SlaCheckAt <= now)
            .OrderBy(f => f.SlaCheckAt)
            .Take(batch);

    /// <summary>The baseline: one sweep query, in its own scope, reading its rows as the sweeper does.</summary>
    private static async Task<int> CountDueAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        return (await DueQuery(db, DateTimeOffset.UtcNow, new SlaOptions().BatchSize).ToListAsync()).Count;
    }

    private static async Task FillAsync(IServiceProvider services, int items)
    {
        var now = DateTimeOffset.UtcNow;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var template = FeedbackItem.Receive("BENCH-0", Channel.Api,
            "Đèn đường ở kiệt 45 Nguyễn Văn Linh hỏng cả tuần, tối đi lại rất nguy hiểm, đề nghị phường cho sửa sớm",
            null, "P_HAI_CHAU", "kiệt 45 Nguyễn Văn Linh", null, null,
            new Contact { Name = "Nguyễn Văn A", Phone = "0905123456", Consent = true }, now);
        template.Assign("UBND_P_HAI_CHAU", "HA_TANG", Severity.Normal, now.AddDays(100), now.AddDays(200), Actors.Routing, now,
            firstResponseWarnAt: now.AddDays(1), resolutionWarnAt: now.AddDays(150));
        db.Feedback.Add(template);
        await db.SaveChangesAsync();

        await db.Database.OpenConnectionAsync();
        var columns = await ColumnsAsync(db);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        if (db.Database.IsSqlite())
        {
            // Times are stored in DateTimeOffsetToBinaryConverter's form, linear in ticks at offset 0.
            var converter = new DateTimeOffsetToBinaryConverter();
            var first = (long)converter.ConvertToProvider(now.AddDays(1))!;
            var second = (long)converter.ConvertToProvider(now.AddDays(1).AddSeconds(1))! - first;
            var select = string.Join(", ", columns.Select(c => c switch
            {
                "Id" => "printf('%08X-0000-7000-8000-%012X', s.i, s.i)",
                "TrackingCode" => "'BENCH-' || s.i",
                "SlaCheckAt" or "FirstResponseWarnAt" => $"{first} + s.i * {second}",
                _ => $"t.\"{c}\"",
            }));
            command.CommandText =
                $"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {items - 1}) "
                + $"INSERT INTO \"Feedback\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                + $"SELECT {select} FROM s CROSS JOIN \"Feedback\" t WHERE t.\"TrackingCode\" = 'BENCH-0'";
        }
        else
        {
            var select = string.Join(", ", columns.Select(c => c switch
            {
                "Id" => "md5(s.i::text)::uuid",
                "TrackingCode" => "'BENCH-' || s.i",
                "SlaCheckAt" or "FirstResponseWarnAt" => "t.\"SlaCheckAt\" + s.i * interval '1 second'",
                _ => $"t.\"{c}\"",
            }));
            command.CommandText =
                $"INSERT INTO \"Feedback\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
                + $"SELECT {select} FROM generate_series(1, {items - 1}) s(i) CROSS JOIN \"Feedback\" t WHERE t.\"TrackingCode\" = 'BENCH-0'; ANALYZE \"Feedback\";";
        }

        await command.ExecuteNonQueryAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    internal static async Task<List<string>> ColumnsAsync(PaknDbContext db)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT name FROM pragma_table_info('Feedback')"
            : "SELECT column_name FROM information_schema.columns WHERE table_name = 'Feedback'";
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>Prints the plan of the sweeper's query and fails when it does not use an index.</summary>
    private static async Task ExplainAsync(IServiceProvider services, int batch)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = DueQuery(db, DateTimeOffset.UtcNow, batch).CreateDbCommand();
        command.CommandText = (db.Database.IsSqlite() ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
            }
        }

        Console.WriteLine("plan of the sweep query:");
        foreach (var line in plan)
        {
            Console.WriteLine($"  {line}");
        }

        var usesIndex = plan.Any(l => l.Contains("IX_Feedback_SlaCheckAt", StringComparison.Ordinal));
        var scansTable = plan.Any(l => l.Contains("SCAN Feedback", StringComparison.Ordinal) || l.Contains("Seq Scan on \"Feedback\"", StringComparison.Ordinal));
        if (!usesIndex || scansTable)
        {
            throw new InvalidOperationException("The sweep query does not use IX_Feedback_SlaCheckAt.");
        }
    }

    /// <summary>Makes the first K items (by next check) due: their warning point has passed.</summary>
    private static async Task ArmAsync(IServiceProvider services, int due, DateTimeOffset at)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        await db.OutboxMessages.ExecuteDeleteAsync();
        if (due == 0)
        {
            return;
        }

        var ids = await db.Feedback.OrderBy(f => f.SlaCheckAt).Select(f => f.Id).Take(due).ToListAsync();
        foreach (var chunk in ids.Chunk(1000))
        {
            await db.Feedback.Where(f => chunk.Contains(f.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.SlaCheckAt, at)
                .SetProperty(f => f.FirstResponseWarnAt, at)
                .SetProperty(f => f.FirstResponseWarned, false));
        }
    }

    /// <summary>A sweep that skipped or doubled an item is not a figure worth printing.</summary>
    private static async Task VerifyAsync(IServiceProvider services, int due, int read)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = DateTimeOffset.UtcNow;
        var left = await db.Feedback.CountAsync(f => f.SlaCheckAt != null && f.SlaCheckAt <= now);
        var events = await db.OutboxMessages.CountAsync();
        if (left != 0 || events != due || read != due)
        {
            throw new InvalidOperationException($"Sweep of {due} due items read {read}, left {left} due and wrote {events} events.");
        }
    }

    internal static IHost BuildHost(string dataDirectory, DatabaseProvider provider, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pakn:DataDirectory"] = dataDirectory,
            ["Pakn:Database:Provider"] = provider.ToString(),
            ["Pakn:DemoData"] = "false",
            ["ConnectionStrings:Pakn"] = connectionString,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The first migration reads a history table that does not exist yet, and EF logs that as an error.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.AddPaknCore();
        return builder.Build();
    }

    internal static async Task PostgresAdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server + ";Database=postgres");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
