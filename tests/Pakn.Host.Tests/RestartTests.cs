using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.Host.Tests;

/// <summary>
/// The embedded default keeps events on the in-memory bus: what is there when the process stops
/// must not be lost, because nothing else would ever route the item.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Should_route_every_item_when_host_stops_mid_pipeline_and_starts_again()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"pakn-host-tests-restart-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?>
        {
            ["Pakn:DataDirectory"] = dataDirectory,
            // Rows a stopped relay had claimed but not published are free again quickly, and
            // items whose events died with the first host are offered to routing again soon.
            ["Pakn:Outbox:ClaimDuration"] = "00:00:01",
            ["Pakn:Intake:RecoverAfter"] = "00:00:02",
        };
        try
        {
            string[] codes;
            await using (var first = PaknWebFactory.With(settings))
            {
                first.DrainOnDispose = false;
                var client = first.CreateClient();
                codes = await Task.WhenAll(Enumerable.Range(1, 100).Select(i =>
                    client.SubmitAsync(new { content = $"Đèn đường hỏng trước nhà số {i}", area = "Hải Châu" })));
            }

            await using var second = PaknWebFactory.With(settings);
            second.DrainOnDispose = false;
            var stuck = await ItemsStillReceivedAsync(second);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (stuck.Count > 0 && clock.Elapsed < PaknClient.PipelineTimeout)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
                stuck = await ItemsStillReceivedAsync(second);
            }

            Assert.True(stuck.Count == 0, $"{stuck.Count} of {codes.Length} items were never routed: {string.Join(", ", stuck)}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    private static async Task<List<string>> ItemsStillReceivedAsync(PaknWebFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        return await db.Feedback.Where(f => f.State == FeedbackState.Received).Select(f => f.TrackingCode)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Should_fail_fast_when_roles_are_split_on_the_in_memory_bus()
    {
        await using var factory = PaknWebFactory.With(new Dictionary<string, string?> { ["Pakn:Roles"] = "web" });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("RabbitMq", error.ToString(), StringComparison.Ordinal);
    }
}
