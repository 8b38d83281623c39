using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Dashboard;
using Pakn.AdminUi.Pages.Queue;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Identity;
using Pakn.Core.Seeding;

namespace Pakn.Bench;

/// <summary>
/// The leaders' dashboard and the unit queue with N items in the database. One item is made
/// through the domain, then cloned N-1 times by one INSERT … SELECT that spreads the clones
/// over 20 units, 12 fields, 4 channels and about two years (one a minute, newest first); the
/// newest 30,000 are open (those older than their 15-day deadline overdue), the rest processed,
/// published, rated and frozen on time or late in fixed proportions, 1 in 100 (one unit's fifth) mentions "ngập úng".
/// Each repetition runs the baseline (a plain COUNT(*) of the table) and then every query, each
/// in its own scope as a page does; p50 and p99 over the repetitions, ratio = p50 / baseline p50.
/// One line per query: query provider=… name=… p50_ms=… p99_ms=… baseline_p50_ms=… ratio=…
/// </summary>
internal static class QueryBenchmark
{
    private const int OpenItems = 30_000;
    private const int Units = 20;
    private const string SearchWords = "ngập úng";

    public static async Task<int> RunAsync(string[] args)
    {
        var items = CommandLine.Int(args, "--items", 1_000_000);
        var repeat = CommandLine.Int(args, "--repeat", 30);
        var explain = args.Contains("--explain");
        var provider = CommandLine.String(args, "--provider", "sqlite") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.PostgreSql,
            var other => throw new ArgumentException($"Unknown provider '{other}': use sqlite or postgres."),
        };
        var server = CommandLine.String(args, "--postgres", Environment.GetEnvironmentVariable("PAKN_TEST_POSTGRES") ?? "");

        var root = Directory.CreateTempSubdirectory("pakn-query-");
        string? postgresDatabase = null;
        try
        {
            string connectionString;
            if (provider == DatabaseProvider.PostgreSql)
            {
                if (server.Length == 0)
                {
                    throw new ArgumentException("PostgreSQL: pass --postgres \"Host=…;Username=…\" or set PAKN_TEST_POSTGRES.");
                }

                postgresDatabase = $"pakn_query_{Guid.NewGuid():N}"[..30];
                await SweepBenchmark.PostgresAdminAsync(server, $"CREATE DATABASE \"{postgresDatabase}\"");
                connectionString = $"{server};Database={postgresDatabase}";
            }
            else
            {
                connectionString = $"Data Source={Path.Combine(root.FullName, "pakn.db")}";
            }

            using var host = SweepBenchmark.BuildHost(root.FullName, provider, connectionString);
            await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
            Console.WriteLine($"Pakn dashboard and queue benchmark: {items:N0} items, {provider}, {repeat} repetitions");
            var now = DateTimeOffset.UtcNow;
            var fill = Stopwatch.StartNew();
            await FillAsync(host.Services, items, now);
            Console.WriteLine($"filled {items:N0} items in {fill.Elapsed.TotalSeconds:F1} s");

            var officer = Scope(StaffRoles.Officer, "U3");
            var coordinator = Scope(StaffRoles.Coordinator);
            var year = ReportPeriod.Of("nam", LocalYear(now), 1)!;
            var month = ReportPeriod.Of("thang", LocalYear(now), LocalMonth(now))!;
            var queries = new (string Name, Func<PaknDbContext, Task<int>> Run)[]
            {
                ("dashboard_year", async db => (await Dashboard(db).ComputeAsync(year)).Received),
                ("dashboard_month", async db => (await Dashboard(db).ComputeAsync(month)).Received),
                ("queue_first_page", async db => (await Queue(db).GetAsync(officer, new QueueFilter())).Total),
                ("queue_filtered", async db => (await Queue(db).GetAsync(officer, new QueueFilter { FieldCode = "F3", Sort = QueueSort.ReceivedAt, Descending = true })).Total),
                ("queue_overdue_only", async db => (await Queue(db).GetAsync(officer, new QueueFilter { OverdueOnly = true })).Total),
                ("queue_search", async db => (await Queue(db).GetAsync(officer, new QueueFilter { Search = SearchWords, OpenOnly = false })).Total),
                ("queue_all_units_first_page", async db => (await Queue(db).GetAsync(coordinator, new QueueFilter())).Total),
                ("queue_all_units_search", async db => (await Queue(db).GetAsync(coordinator, new QueueFilter { Search = SearchWords, OpenOnly = false })).Total),
                ("queue_live_stamp", async db => (await Queue(db).StampAsync(officer)).Count),
            };

            if (explain)
            {
                await ExplainAsync(host.Services, year, now);
            }

            // Warm-up: compiling each query once belongs to no figure.
            var expected = new Dictionary<string, int> { ["baseline"] = await TimeAsync(host.Services, CountAsync, null) };
            foreach (var (name, run) in queries)
            {
                expected[name] = await TimeAsync(host.Services, run, null);
            }

            var samples = expected.Keys.ToDictionary(k => k, _ => new List<double>());
            for (var r = 0; r < repeat; r++)
            {
                await TimeAsync(host.Services, CountAsync, samples["baseline"]);
                foreach (var (name, run) in queries)
                {
                    var result = await TimeAsync(host.Services, run, samples[name]);
                    if (result != expected[name])
                    {
                        throw new InvalidOperationException($"{name} read {result}, then {expected[name]}: the data moved under the benchmark.");
                    }
                }
            }

            var baseline = Percentile(samples["baseline"], 0.50);
            Console.WriteLine($"query provider={provider} items={items} name=baseline_count rows={expected["baseline"]} p50_ms={baseline:F2} p99_ms={Percentile(samples["baseline"], 0.99):F2}");
            foreach (var (name, _) in queries)
            {
                var p50 = Percentile(samples[name], 0.50);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"query provider={provider} items={items} name={name} rows={expected[name]} p50_ms={p50:F2} p99_ms={Percentile(samples[name], 0.99):F2} baseline_p50_ms={baseline:F2} ratio={p50 / baseline:F2}"));
            }

            return 0;
        }
        finally
        {
            if (postgresDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await SweepBenchmark.PostgresAdminAsync(server, $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
            }

            root.Delete(recursive: true);
        }
    }

    private static DashboardQueries Dashboard(PaknDbContext db) => new(db, TimeProvider.System);

    private static QueueQueries Queue(PaknDbContext db) => new(db, TimeProvider.System);

    private static Task<int> CountAsync(PaknDbContext db) => db.Feedback.CountAsync();

    private static StaffScope Scope(string role, params string[] units) =>
        StaffScope.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, role), .. units.Select(u => new Claim(StaffClaims.Unit, u))],
            "bench")));

    private static async Task<int> TimeAsync(IServiceProvider services, Func<PaknDbContext, Task<int>> run, List<double>? samples)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var result = await run(scope.ServiceProvider.GetRequiredService<PaknDbContext>());
        samples?.Add(clock.Elapsed.TotalMilliseconds);
        return result;
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static int LocalYear(DateTimeOffset now) => now.ToOffset(TimeSpan.FromHours(7)).Year;

    private static int LocalMonth(DateTimeOffset now) => now.ToOffset(TimeSpan.FromHours(7)).Month;

    private static async Task FillAsync(IServiceProvider services, int items, DateTimeOffset now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var template = FeedbackItem.Receive("BENCH-0", Channel.Api,
            "Đèn đường ở kiệt 45 Nguyễn Văn Linh hỏng cả tuần, tối đi lại rất nguy hiểm, đề nghị phường cho sửa sớm",
            null, "P_HAI_CHAU", "kiệt 45 Nguyễn Văn Linh", null, null,
            new Contact { Name = "Nguyễn Văn A", Phone = "0905123456", Consent = true }, now);
        template.Assign("U00", "F00", Severity.Normal, now.AddDays(1), now.AddDays(15), Actors.Routing, now);
        db.Feedback.Add(template);
        await db.SaveChangesAsync();

        await db.Database.OpenConnectionAsync();
        var columns = await SweepBenchmark.ColumnsAsync(db);
        var sqlite = db.Database.IsSqlite();
        string At(string seconds)
        {
            if (sqlite)
            {
                var converter = new DateTimeOffsetToBinaryConverter();
                var zero = (long)converter.ConvertToProvider(now)!;
                var perSecond = (long)converter.ConvertToProvider(now.AddSeconds(1))! - zero;
                return $"({zero} + ({seconds}) * {perSecond})";
            }

            return $"('{now.UtcDateTime:O}'::timestamptz + ({seconds}) * interval '1 second')";
        }

        string Bool(string condition) => sqlite ? $"(CASE WHEN {condition} THEN 1 ELSE 0 END)" : $"({condition})";
        string Text(string number) => sqlite ? $"CAST({number} AS TEXT)" : $"({number})::text";

        // i = 1 is the newest item. The first OpenItems are open; older ones are settled.
        var open = $"s.i <= {OpenItems}";
        var rejected = $"s.i > {OpenItems} AND s.i % 50 = 0";
        var answered = $"(s.i > {OpenItems} AND s.i % 50 <> 0) OR (s.i <= {OpenItems} AND s.i % 5 = 4)";
        var received = "-60 * s.i";
        var select = string.Join(", ", columns.Select(c => c switch
        {
            "Id" => sqlite ? "printf('%08X-0000-7000-8000-%012X', s.i, s.i)" : "md5(s.i::text)::uuid",
            "TrackingCode" => "'BENCH-' || s.i",
            "UnitCode" => $"'U' || {Text($"s.i % {Units}")}",
            "FieldCode" => $"'F' || {Text("s.i % 12")}",
            "AreaCode" => $"'A' || {Text("s.i % 11")}",
            "Channel" => "CASE s.i % 4 WHEN 0 THEN 'WebChat' WHEN 1 THEN 'Zalo' WHEN 2 THEN 'Hotline' ELSE 'Api' END",
            "State" => $"CASE WHEN {open} THEN (CASE s.i % 5 WHEN 0 THEN 'Assigned' WHEN 1 THEN 'Acknowledged' WHEN 2 THEN 'InProgress' WHEN 3 THEN 'NeedsInfo' ELSE 'Answered' END) "
                + $"WHEN {rejected} THEN 'Rejected' WHEN s.i % 3 = 0 THEN 'Closed' ELSE 'Published' END",
            "Content" => $"CASE WHEN s.i % 100 = 3 THEN t.\"Content\" || ' {SearchWords}' ELSE t.\"Content\" END",
            "Confidential" => Bool("s.i % 200 = 0"),
            "ReceivedAt" or "RoutingRequestedAt" or "AssignedAt" => At(received),
            "FirstResponseDueAt" => At($"{received} + 86400"),
            "ResolutionDueAt" => At($"{received} + 15 * 86400"),
            "AcknowledgedAt" => $"CASE WHEN {open} AND s.i % 5 = 0 THEN NULL ELSE {At($"{received} + 3600")} END",
            "AnsweredAt" or "ResolutionEndedAt" => $"CASE WHEN {answered} THEN {At($"{received} + 10 * 86400")} ELSE NULL END",
            "PublishedAt" => $"CASE WHEN s.i > {OpenItems} AND s.i % 50 <> 0 AND s.i % 7 <> 0 THEN {At($"{received} + 12 * 86400")} ELSE NULL END",
            "Answer" => $"CASE WHEN {answered} THEN 'Phường đã cử đội điện chiếu sáng thay bóng đèn ngày 12/3.' ELSE NULL END",
            "FirstResponseOnTime" => $"CASE WHEN {open} AND s.i % 5 = 0 THEN NULL ELSE {Bool("s.i % 17 <> 0")} END",
            "ResolutionOnTime" => $"CASE WHEN {answered} THEN {Bool("s.i % 11 <> 0")} ELSE NULL END",
            "ResolutionBreached" => Bool($"(s.i % 11 = 0 AND ({answered})) OR (s.i <= {OpenItems} AND s.i > 21600 AND s.i % 5 <> 4)"),
            "Overdue" => Bool($"s.i <= {OpenItems} AND s.i > 21600 AND s.i % 5 <> 4"),
            "Rating" => $"CASE WHEN ({answered}) AND s.i % 4 = 0 THEN s.i % 5 + 1 ELSE NULL END",
            "RatedAt" => $"CASE WHEN ({answered}) AND s.i % 4 = 0 THEN {At($"{received} + 11 * 86400")} ELSE NULL END",
            "SlaCheckAt" or "FirstResponseWarnAt" or "ResolutionWarnAt" => "NULL",
            _ => $"t.\"{c}\"",
        }));
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.CommandTimeout = 0;
        var insert = $"INSERT INTO \"Feedback\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) ";
        command.CommandText = sqlite
            ? $"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {items - 1}) {insert} SELECT {select} FROM s CROSS JOIN \"Feedback\" t WHERE t.\"TrackingCode\" = 'BENCH-0'"
            : $"{insert} SELECT {select} FROM generate_series(1, {items - 1}) s(i) CROSS JOIN \"Feedback\" t WHERE t.\"TrackingCode\" = 'BENCH-0'; ANALYZE \"Feedback\";";
        await command.ExecuteNonQueryAsync();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    /// <summary>Prints the plans of the dashboard's and the queue's main queries (EF's own SQL, logged once).</summary>
    private static async Task ExplainAsync(IServiceProvider services, ReportPeriod period, DateTimeOffset now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        await db.Database.OpenConnectionAsync();
        var units = new List<string> { "U3" };
        var open = FeedbackStateNames.OpenStates.ToList();
        var plans = new (string Name, IQueryable Query)[]
        {
            ("dashboard period", db.Feedback.Where(f => f.ReceivedAt >= period.From && f.ReceivedAt < period.To).GroupBy(f => f.UnitCode).Select(g => new { g.Key, N = g.Count() })),
            ("queue unit open", db.Feedback.Where(f => f.UnitCode != null && units.Contains(f.UnitCode) && open.Contains(f.State)).OrderBy(f => f.ResolutionDueAt).Take(25)),
            ("queue overdue", db.Feedback.Where(f => f.UnitCode != null && units.Contains(f.UnitCode) && open.Contains(f.State) && f.ResolutionOnTime == null && f.ResolutionDueAt < now)),
        };
        foreach (var (name, query) in plans)
        {
            await using var command = ((IQueryable<object>)query).CreateDbCommand();
            command.CommandText = (db.Database.IsSqlite() ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
            Console.WriteLine($"plan of {name}:");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"  {reader.GetValue(reader.FieldCount - 1)}");
            }
        }
    }
}
