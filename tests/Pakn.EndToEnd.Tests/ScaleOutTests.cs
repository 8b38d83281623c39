using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Seeding;
using Pakn.Routing.Consumers;

namespace Pakn.EndToEnd.Tests;

/// <summary>
/// The distributed path: several Pakn.Host processes on real RabbitMQ and PostgreSQL, competing
/// for the same queues and relaying from the same outbox.
/// </summary>
public sealed class ScaleOutTests
{
    [Fact]
    public async Task Should_assign_every_submission_exactly_once_when_two_hosts_share_broker_and_database()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await PaknCluster.CreateAsync();
        try
        {
            await cluster.MigrateAsync(ct);
            var hosts = await cluster.StartHealthyAsync(
                migrateOnStart: false, ct, ("A", PaknCluster.AllRoles), ("B", PaknCluster.AllRoles));

            var submissions = Submissions.Create(500);
            var posting = Stopwatch.StartNew();
            var accepted = await Submissions.PostAsync(submissions, s => hosts[s.Index % 2], parallelism: 16, ct);
            posting.Stop();
            var drained = await cluster.WaitUntilDrainedAsync(submissions.Count, TimeSpan.FromSeconds(120), ct);

            await using var db = cluster.OpenDatabase();
            var ledger = await FeedbackLedger.LoadAsync(db, ct);
            ledger.AssertEachHandledExactlyOnce(accepted);

            // Both processes took part: each received half of the POSTs, and each consumed events.
            var routedBy = cluster.ConsumedBy(typeof(RouteFeedbackConsumer).FullName!);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"500 POSTs in {posting.Elapsed.TotalSeconds:0.0} s; drained {drained.TotalSeconds:0.0} s after the last POST; " +
                $"FeedbackReceived consumed by A: {routedBy["A"]}, B: {routedBy["B"]}");
            Assert.All(hosts, h => Assert.True(routedBy[h.Name] > 0,
                $"Host {h.Name} consumed no FeedbackReceived: it did not compete for the queue."));
        }
        catch (Exception) when (cluster.WriteHostOutput())
        {
            throw;
        }
    }

    [Fact]
    public async Task Should_start_both_hosts_when_they_migrate_an_empty_database_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await PaknCluster.CreateAsync();
        try
        {
            // No `migrate` first: both replicas find an empty database and migrate on start.
            var hosts = await cluster.StartHealthyAsync(
                migrateOnStart: true, ct, ("A", PaknCluster.AllRoles), ("B", PaknCluster.AllRoles));

            await using (var db = cluster.OpenDatabase())
            {
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
                Assert.Equal(DemoData.Units().Count, await db.Units.CountAsync(ct));
                Assert.Equal(DemoData.Areas().Count, await db.Areas.CountAsync(ct));
                Assert.Equal(DemoData.RoutingRules().Count, await db.RoutingRules.CountAsync(ct));
            }

            // And both work afterwards.
            var submissions = Submissions.Create(40);
            var accepted = await Submissions.PostAsync(submissions, s => hosts[s.Index % 2], parallelism: 8, ct);
            await cluster.WaitUntilDrainedAsync(submissions.Count, TimeSpan.FromSeconds(60), ct);
            await using (var db = cluster.OpenDatabase())
            {
                (await FeedbackLedger.LoadAsync(db, ct)).AssertEachHandledExactlyOnce(accepted);
            }
        }
        catch (Exception) when (cluster.WriteHostOutput())
        {
            throw;
        }
    }
}
