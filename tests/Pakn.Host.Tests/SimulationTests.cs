using System.Diagnostics;
using System.Text.Json;
using Pakn.Testing;

namespace Pakn.Host.Tests;

/// <summary>
/// The <c>simulate</c> command as users run it (its own process, the real pipeline on a virtual
/// clock): nothing lost, no letter twice, no overdue item without its letter, and the figures of
/// its last line add up.
/// </summary>
public sealed class SimulationTests
{
    [Fact]
    public async Task Should_keep_every_item_and_write_one_letter_per_overdue_item_when_simulating_three_weeks()
    {
        await SharedRoutingModel.GetAsync();
        var (exitCode, lines) = await RunAsync("simulate", "--days", "21", "--per-day", "40", "--seed", "11",
            "--model-directory", SharedRoutingModel.Directory);

        var report = JsonDocument.Parse(lines[^1]).RootElement;
        int Count(string name) => report.GetProperty(name).GetInt32();
        Assert.True(exitCode == 0, string.Join('\n', lines));
        Assert.Equal(0, Count("lost"));
        Assert.Equal(0, Count("duplicate_letters"));
        Assert.Equal(0, Count("items_overdue_without_letter"));
        Assert.Equal(0, report.GetProperty("consumer_faults").GetInt64());

        // About 40 a day over three weeks, weekends lighter.
        Assert.InRange(Count("received"), 21 * 40 * 8 / 10, 21 * 40 * 12 / 10);
        // Every item was placed by routing or by a coordinator, or it went to triage and waits or was rejected.
        Assert.True(Count("assigned") + Count("rejected") <= Count("received"));
        Assert.True(Count("received") - Count("assigned") <= Count("triaged"));
        Assert.True(Count("acknowledged_on_time") + Count("acknowledged_late") <= Count("assigned"));
        Assert.True(Count("answered_on_time") + Count("answered_late") <= Count("assigned"));
        Assert.True(Count("published") <= Count("answered_on_time") + Count("answered_late"));
        // Three weeks is long enough for units to answer most items and to miss some deadlines.
        Assert.True(Count("answered_on_time") > Count("received") / 3, lines[^1]);
        Assert.True(Count("overdue") > 0, lines[^1]);
        Assert.True(Count("apology_letters") >= Count("overdue"), lines[^1]);
        Assert.True(Count("published") > 0);
        // Units also pause for the citizen and ask for more time; approvals give letters too.
        Assert.True(Count("paused_for_information") > 0, lines[^1]);
        Assert.True(Count("extensions_approved") > 0 && Count("extensions_approved") <= Count("extensions_requested"), lines[^1]);
        Assert.True(Count("apology_letters") >= Count("overdue") + Count("extensions_approved") / 2, lines[^1]);
        Assert.Equal(Count("notifications"), Count("staff_alerts") + Count("citizen_notifications"));
        Assert.True(Count("staff_alerts") > 0, lines[^1]);
    }

    [Fact]
    public async Task Should_refuse_a_day_count_that_is_not_a_number()
    {
        var (exitCode, lines) = await RunAsync("simulate", "--days", "sáu mươi");

        Assert.Equal(2, exitCode);
        Assert.Contains(lines, l => l.Contains("--days cần một số nguyên dương", StringComparison.Ordinal));
    }

    private static async Task<(int ExitCode, List<string> Lines)> RunAsync(params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Pakn.Host.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(host);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The host's own data folder is not touched: the simulation makes its own database.
        var unused = Directory.CreateTempSubdirectory("pakn-sim-test-");
        start.Environment["Pakn__DataDirectory"] = unused.FullName;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        unused.Delete(recursive: true);
        var lines = (output + await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var stdout = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, process.ExitCode == 2 ? lines : stdout);
    }
}
