using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Feedback;

namespace Pakn.EndToEnd.Tests;

/// <summary>
/// A host process dies (killed with its whole process tree) while its work is in flight:
/// RabbitMQ redelivers what it had not acknowledged, and its outbox claims expire, so another
/// process finishes its work, once.
/// </summary>
public sealed class HostCrashTests
{
    [Fact]
    public async Task Should_handle_every_submission_exactly_once_when_a_host_is_killed_mid_way()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await PaknCluster.CreateAsync();
        // A dead relay's rows are claimed again after this (30 s by default).
        cluster.Settings["Pakn__Outbox__ClaimDuration"] = "00:00:05";
        var output = TestContext.Current.TestOutputHelper;
        try
        {
            await cluster.MigrateAsync(ct);
            var hosts = await cluster.StartHealthyAsync(
                migrateOnStart: false, ct, ("A", PaknCluster.AllRoles), ("B", PaknCluster.AllRoles));
            var (a, b) = (hosts[0], hosts[1]);

            // Submissions alternate between A and B until half of them are answered; then B is
            // killed as soon as its POSTs in flight are answered (so every accepted item is known
            // to be committed), and the rest go to A. B dies with items it just committed: its
            // relay holds claims, its consumers hold unacknowledged deliveries.
            var gate = new Lock();
            var (bOpen, bInFlight, answered) = (true, 0, 0);
            var bIdle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var killed = Task.CompletedTask;
            var sinceKill = new Stopwatch();
            var clock = Stopwatch.StartNew();
            void Trace(string message) => output?.WriteLine($"[{clock.Elapsed.TotalSeconds,5:0.00} s] {message}");

            HostProcess Pick(Submission s)
            {
                lock (gate)
                {
                    if (s.Index % 2 == 0 || !bOpen)
                    {
                        return a;
                    }

                    bInFlight++;
                    return b;
                }
            }

            void Answered(Submission s, HostProcess host)
            {
                lock (gate)
                {
                    bInFlight -= host == b ? 1 : 0;
                    if (++answered == 100)
                    {
                        Trace($"100 answered, {bInFlight} POSTs to B in flight");
                        bOpen = false;
                        killed = KillBAsync();
                    }

                    if (!bOpen && bInFlight == 0)
                    {
                        bIdle.TrySetResult();
                    }
                }
            }

            async Task KillBAsync()
            {
                await bIdle.Task;
                Trace("killing B");
                await b.KillAsync();
                sinceKill.Start();
                await using var db = cluster.OpenDatabase();
                var received = await db.Feedback.CountAsync(f => f.State == FeedbackState.Received, ct);
                var outbox = await db.OutboxMessages.CountAsync(ct);
                var claimed = await db.OutboxMessages.CountAsync(m => m.ClaimedUntil != null, ct);
                Trace($"B killed: {received} items still Received, {outbox} outbox rows ({claimed} claimed)");
            }

            var submissions = Submissions.Create(200);
            clock.Restart();
            var accepted = await Submissions.PostAsync(submissions, Pick, parallelism: 16, ct, Answered);
            Trace("all 200 answered");
            await killed;
            Assert.True(b.HasExited, "B was not killed.");

            var replacement = await cluster.StartHealthyAsync(migrateOnStart: false, ct, ("B2", PaknCluster.AllRoles));
            Trace("B2 healthy");
            await cluster.WaitUntilDrainedAsync(submissions.Count, TimeSpan.FromSeconds(120), ct);
            Trace($"drained, {sinceKill.Elapsed.TotalSeconds:0.0} s after B was killed; B had consumed " +
                $"{b.CountOutputLines("RECEIVE ")} messages, {cluster.ConsumedByMoreThanOneHost()} of them again by another host");

            await using (var db = cluster.OpenDatabase())
            {
                (await FeedbackLedger.LoadAsync(db, ct)).AssertEachHandledExactlyOnce(accepted);
            }

            Assert.False(a.HasExited, $"Host A stopped.\n{a.Tail(80)}");
            Assert.False(replacement[0].HasExited, $"Host B2 stopped.\n{replacement[0].Tail(80)}");
        }
        catch (Exception) when (cluster.WriteHostOutput())
        {
            throw;
        }
    }
}
