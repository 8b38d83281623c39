using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Intake;
using Pakn.Core.Seeding;
using Pakn.Handlers;
using Pakn.Routing;
using Pakn.Routing.Classification;

namespace Pakn.Bench;

/// <summary>
/// Pushes N submissions through the real pipeline on the embedded default (SQLite file,
/// in-memory bus): intake → stored → routed → assigned (or triage), timed until the last item
/// has left "received". In the same run, the baseline: plain EF Core inserts of the same rows
/// (item plus its first audit entry, one SaveChanges each, same parallelism) into the same
/// kind of SQLite file. Last line: intake_per_s=… baseline_per_s=… ratio=…
/// </summary>
internal static class IntakeBenchmark
{
    private static readonly string[] Contents =
    [
        "Đèn đường ở kiệt 45 hỏng cả tuần, tối đi lại rất nguy hiểm",
        "Rác thải đổ bừa bãi đầu hẻm, mùi hôi thối bốc lên",
        "Mặt đường nhiều ổ gà, xe máy té liên tục",
        "Khu phố mất điện từ sáng đến giờ chưa có điện lại",
        "den duong hong ca thang ko ai sua",
        "Tiếng ồn karaoke đến 12 giờ đêm không ngủ được",
        "Xin chào, cho tôi hỏi một việc",
    ];

    private static readonly string[] Areas = ["Hải Châu", "Thanh Khê", "son tra", "P_CAM_LE", "Hòa Cường"];

    public static async Task<int> RunAsync(string[] args)
    {
        var items = IntOption(args, "--items", 2000);
        var parallel = IntOption(args, "--parallel", 8);
        var root = Directory.CreateTempSubdirectory("pakn-bench-");
        try
        {
            Console.WriteLine($"Pakn intake benchmark: {items} submissions, {parallel} in parallel, SQLite + in-memory bus");
            var baseline = await BaselineAsync(Path.Combine(root.FullName, "baseline"), items, parallel);
            var intake = await PipelineAsync(Path.Combine(root.FullName, "pipeline"), items, parallel);
            Console.WriteLine($"pipeline: {intake.Elapsed.TotalSeconds:F2} s for {items} items ({intake.Assigned} assigned, {intake.Triaged} in triage)");
            Console.WriteLine($"baseline: {baseline.TotalSeconds:F2} s for {items} plain inserts");
            var intakePerSecond = items / intake.Elapsed.TotalSeconds;
            var baselinePerSecond = items / baseline.TotalSeconds;
            Console.WriteLine($"intake_per_s={intakePerSecond:F1} baseline_per_s={baselinePerSecond:F1} ratio={intakePerSecond / baselinePerSecond:F3}");
            return 0;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task<(TimeSpan Elapsed, int Assigned, int Triaged)> PipelineAsync(string dataDirectory, int items, int parallel)
    {
        using var host = BuildHost(dataDirectory, pipeline: true);
        await host.StartAsync();
        // Training (first run only) and loading the model are start-up, not intake.
        await host.Services.GetRequiredService<FieldClassifierProvider>().GetAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<FeedbackIntake>().SubmitAsync(Submission(i), ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.SelectMany(e => e.Value)));
            }
        });

        // Done when nothing is left in "received": every item was routed and recorded.
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            if (!await db.Feedback.AnyAsync(f => f.State == FeedbackState.Received))
            {
                clock.Stop();
                var assigned = await db.Feedback.CountAsync(f => f.State == FeedbackState.Assigned);
                var triaged = await db.Feedback.CountAsync(f => f.State == FeedbackState.NeedsTriage);
                await host.StopAsync();
                return assigned + triaged == items
                    ? (clock.Elapsed, assigned, triaged)
                    : throw new InvalidOperationException($"Lost items: {items - assigned - triaged}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The pipeline did not drain within 10 minutes.");
            }

            await Task.Delay(10);
        }
    }

    private static async Task<TimeSpan> BaselineAsync(string dataDirectory, int items, int parallel)
    {
        using var host = BuildHost(dataDirectory, pipeline: false);
        await host.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var submission = Submission(i);
            db.Feedback.Add(FeedbackItem.Receive(TrackingCode.New(), Channel.Api, submission.Content!, null, "P_HAI_CHAU",
                null, null, null, new Contact { Name = "Nguyễn Văn A", Phone = "0905123456", Consent = true }, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(ct);
        });
        return clock.Elapsed;
    }

    private static IHost BuildHost(string dataDirectory, bool pipeline)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pakn:DataDirectory"] = dataDirectory,
            ["Pakn:Roles"] = "web,routing,handlers",
            ["Pakn:Routing:ModelDirectory"] = Path.Combine(Path.GetTempPath(), "pakn-bench-models"),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPaknCore();
        if (pipeline)
        {
            builder.AddPaknRouting();
            builder.AddPaknHandlers();
            builder.AddPaknMessaging();
        }

        return builder.Build();
    }

    private static SubmitFeedback Submission(int i) => new()
    {
        Content = Contents[i % Contents.Length],
        Area = Areas[i % Areas.Length],
        Contact = new SubmittedContact { Name = "Nguyễn Văn A", Phone = "0905 123 456" },
    };

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }
}
