using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Testing;

namespace Pakn.EndToEnd.Tests;

/// <summary>
/// Two host processes sweep the same deadlines on one PostgreSQL and one RabbitMQ; one is killed
/// while breaches are being reported. Every breach still gives exactly one SlaBreached (the
/// alert every listener receives), one warning, one apology letter, one ApologyLetterIssued and
/// one set of recorded staff alerts and citizen notifications.
/// A watcher on the broker sees every published message, so a breach reported twice by two
/// sweepers would show as two message ids.
/// </summary>
public sealed class DeadlineCrashTests
{
    private const int Items = 240;

    [Fact]
    public async Task Should_give_one_alert_and_one_letter_per_breach_when_a_host_is_killed_mid_way()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await PaknCluster.CreateAsync();
        cluster.Settings["Pakn__Sla__SweepInterval"] = "00:00:00.2";
        cluster.Settings["Pakn__Sla__BatchSize"] = "20";
        cluster.Settings["Pakn__Outbox__ClaimDuration"] = "00:00:05";
        var output = TestContext.Current.TestOutputHelper;
        var watched = new ConcurrentBag<(Guid MessageId, string Kind, Guid FeedbackId, SlaClock? Clock)>();
        var watcher = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(TestInfrastructure.RabbitHost, TestInfrastructure.RabbitVirtualHost, h =>
            {
                h.Username(TestInfrastructure.RabbitUser);
                h.Password(TestInfrastructure.RabbitPassword);
            });
            cfg.ReceiveEndpoint($"e2e-deadline-watch-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Handler<SlaBreached>(c => Record(c, "breach", c.Message.FeedbackId, c.Message.Clock));
                e.Handler<SlaWarningReached>(c => Record(c, "warning", c.Message.FeedbackId, c.Message.Clock));
                e.Handler<ApologyLetterIssued>(c => Record(c, "letter", c.Message.FeedbackId, null));
            });
        });
        Task Record(ConsumeContext context, string kind, Guid feedbackId, SlaClock? clock)
        {
            watched.Add((context.MessageId ?? Guid.Empty, kind, feedbackId, clock));
            return Task.CompletedTask;
        }

        await watcher.StartAsync(ct);
        try
        {
            await cluster.MigrateAsync(ct);
            var hosts = await cluster.StartHealthyAsync(
                migrateOnStart: false, ct, ("A", PaknCluster.AllRoles), ("B", PaknCluster.AllRoles));
            var (a, b) = (hosts[0], hosts[1]);

            // Items already with their unit, both clocks running out over the next seconds: the
            // short SLA is set on the items, as a policy with minutes instead of days would.
            var ids = await SeedAsync(cluster, ct);
            var clock = Stopwatch.StartNew();
            while (await LettersAsync(cluster, ct) < Items / 3)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), "A third of the letters did not come within 120 s.");
                await Task.Delay(50, ct);
            }

            await b.KillAsync();
            output?.WriteLine($"B killed after {clock.Elapsed.TotalSeconds:0.0} s with {await LettersAsync(cluster, ct)} letters written");

            while (true)
            {
                await using (var db = cluster.OpenDatabase())
                {
                    var letters = await db.ApologyLetters.CountAsync(ct);
                    var outbox = await db.OutboxMessages.CountAsync(ct);
                    var due = await db.Feedback.CountAsync(f => f.SlaCheckAt != null && f.SlaCheckAt < DateTimeOffset.UtcNow, ct);
                    if (letters >= Items && outbox == 0 && due == 0)
                    {
                        break;
                    }

                    Assert.True(clock.Elapsed < TimeSpan.FromSeconds(180), $"Not settled: {letters} letters, {outbox} outbox rows, {due} items due.");
                }

                await Task.Delay(250, ct);
            }

            // Let the watcher receive the last messages the relay published.
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            await using (var db = cluster.OpenDatabase())
            {
                var letters = await db.ApologyLetters.AsNoTracking().Select(l => new { l.FeedbackId, l.UnitCode, l.Year, l.Number }).ToListAsync(ct);
                Assert.Equal(Items, letters.Count);
                Assert.Equal(ids.Order(), letters.Select(l => l.FeedbackId).Order());
                // One series per unit and year, numbered without gaps or repeats.
                Assert.Equal(Enumerable.Range(1, Items), letters.Select(l => l.Number).Order());

                // One set of recorded notifications per breach and warning: per clock the unit head
                // and the leader are alerted of the breach, the officer and the unit head warned;
                // the citizen gets the letter by e-mail, the unit head one review request.
                var notifications = await db.Notifications.AsNoTracking()
                    .Select(n => new { n.FeedbackId, n.Kind, n.Role, n.Subject }).ToListAsync(ct);
                var repeated = notifications.GroupBy(n => n).Where(g => g.Count() > 1).ToList();
                Assert.True(repeated.Count == 0, $"{repeated.Count} notifications recorded more than once, e.g. {repeated.FirstOrDefault()?.Key.Kind}");
                var perItem = notifications.GroupBy(n => n.FeedbackId!.Value)
                    .ToDictionary(g => g.Key, g => string.Join(",", g.GroupBy(n => n.Kind).OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Count()}")));
                const string expected = "citizen.apologyletterissued=1,letter.review=1,sla.breach=4,sla.warning=4";
                var wrong = ids.Where(id => perItem.GetValueOrDefault(id) != expected).ToList();
                Assert.True(wrong.Count == 0, $"{wrong.Count} items without exactly one set of notifications, e.g. {(wrong.Count > 0 ? perItem.GetValueOrDefault(wrong[0]) : "")}");
            }

            foreach (var (kind, clockName) in new[] { ("breach", (SlaClock?)SlaClock.FirstResponse), ("breach", SlaClock.Resolution), ("warning", SlaClock.FirstResponse), ("warning", SlaClock.Resolution), ("letter", null) })
            {
                var messages = watched.Where(w => w.Kind == kind && w.Clock == clockName)
                    .DistinctBy(w => w.MessageId)
                    .GroupBy(w => w.FeedbackId)
                    .ToDictionary(g => g.Key, g => g.Count());
                Assert.True(ids.All(id => messages.GetValueOrDefault(id) == 1),
                    $"{kind} {clockName}: {ids.Count(id => messages.GetValueOrDefault(id) == 0)} items without, {messages.Count(m => m.Value > 1)} with more than one.");
            }

            Assert.False(a.HasExited, $"Host A stopped.\n{a.Tail(80)}");
        }
        catch (Exception) when (cluster.WriteHostOutput())
        {
            throw;
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<List<Guid>> SeedAsync(PaknCluster cluster, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = cluster.OpenDatabase();
        var ids = new List<Guid>();
        for (var i = 0; i < Items; i++)
        {
            var receivedAt = now.AddMinutes(-1);
            var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, $"Đèn đường kiệt {i} Nguyễn Văn Linh hỏng cả tuần", null,
                "P_HAI_CHAU", null, null, null, new Contact { Name = "Nguyễn Văn A", Phone = "0905123456", Email = "nguoidan@example.vn", Consent = true }, receivedAt);
            // Due 3 to 15 seconds from now, spread so sweeps of both hosts overlap the whole time.
            var due = now.AddSeconds(3 + (12.0 * i / Items));
            item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, due, due.AddMilliseconds(200), Actors.Routing, receivedAt,
                firstResponseWarnAt: due.AddSeconds(-1), resolutionWarnAt: due.AddSeconds(-0.5));
            db.Feedback.Add(item);
            ids.Add(item.Id);
        }

        await db.SaveChangesAsync(ct);
        return ids;
    }

    private static async Task<int> LettersAsync(PaknCluster cluster, CancellationToken ct)
    {
        await using var db = cluster.OpenDatabase();
        return await db.ApologyLetters.CountAsync(ct);
    }
}
