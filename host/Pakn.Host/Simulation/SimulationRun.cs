using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Intake;
using Pakn.Core.Outbox;
using Pakn.Handlers.Sla;
using Pakn.Routing.Classification;

namespace Pakn.Host.Simulation;

/// <summary>
/// Runs the days: citizens file at their moments, staff act at theirs, and the deadline sweeper
/// runs at the end of every 15 simulated minutes, and also just before a staff action on an
/// item whose clock point came first (so an answer after the deadline always follows the
/// breach, as it does with the real sweeper's 30-second passes). The clock moves on only once
/// the pipeline has settled.
/// </summary>
internal sealed class SimulationRun(SimulationOptions options, string dataDirectory, string modelDirectory, TextWriter output)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"];
    private static readonly string[] GivenNames = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hoa", "Văn Hùng", "Thu Lan", "Đức Long", "Thị Mai", "Hữu Phước"];
    private static readonly string[] PhonePrefixes = ["090", "091", "093", "098", "097", "077", "035"];
    private static readonly (Channel Channel, double Weight)[] Channels =
        [(Channel.Zalo, 0.35), (Channel.WebChat, 0.3), (Channel.Hotline, 0.15), (Channel.Api, 0.1), (Channel.Email, 0.05), (Channel.Counter, 0.05)];

    private readonly Dictionary<Guid, int> _filed = [];
    private readonly Dictionary<Guid, string> _labels = [];
    private readonly HashSet<Guid> _planned = [];
    private readonly PriorityQueue<PlannedAction, DateTimeOffset> _agenda = new();
    private int _invalid;

    public async Task<SimulationReport> RunAsync(CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var startLocal = options.Start.ToDateTime(TimeOnly.MinValue);
        var start = new DateTimeOffset(startLocal, zone.GetUtcOffset(startLocal)).ToUniversalTime();
        var clock = new VirtualClock(start);
        using var host = SimulationHost.Build(dataDirectory, modelDirectory, clock);
        await host.StartAsync(ct);
        var services = host.Services;
        await services.GetRequiredService<FieldClassifierProvider>().GetAsync(ct);
        var activity = SimulationHost.WatchBus(services);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var calendars = services.GetRequiredService<WorkingCalendars>();
        var inbox = services.GetRequiredService<StaffInbox>();
        var relay = services.GetRequiredService<OutboxSignal>();
        var sweeper = ActivatorUtilities.CreateInstance<DeadlineSweeper>(services);
        var sweepBatch = services.GetRequiredService<IOptions<SlaOptions>>().Value.BatchSize;
        var desk = new StaffDesk(scopes, services.GetRequiredService<RoutingTable>(), _labels);
        var corpus = CorpusExample.Embedded();
        var random = new Random(options.Seed);
        List<string> areas;
        await using (var scope = scopes.CreateAsyncScope())
        {
            areas = await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Areas.Select(a => a.ShortName).OrderBy(a => a).ToListAsync(ct);
        }

        await output.WriteLineAsync($"Mô phỏng {options.Days} ngày, trung bình {options.PerDay} phản ánh/ngày, seed {options.Seed}, từ {options.Start:dd/MM/yyyy}");
        var idleAt = activity.Snapshot();
        var nextCheck = await NextCheckAsync(scopes, ct);
        for (var day = 0; day < options.Days; day++)
        {
            var arrivals = ArrivalPattern.Day(options.Start.AddDays(day), options.PerDay, zone, random);
            var nextArrival = 0;
            var dayStart = start.AddDays(day);
            for (var windowStart = dayStart; windowStart < dayStart.AddDays(1); windowStart += Window)
            {
                var windowEnd = windowStart + Window;
                var actions = new List<PlannedAction>();
                while (_agenda.TryPeek(out var planned, out var at) && at < windowEnd)
                {
                    actions.Add(_agenda.Dequeue());
                }

                var arrivalsDue = nextArrival < arrivals.Count && arrivals[nextArrival] < windowEnd;
                if (!arrivalsDue && actions.Count == 0 && !(nextCheck <= windowEnd) && activity.Snapshot() == idleAt)
                {
                    // A quiet night: nobody files, nobody acts, no clock point comes.
                    clock.AdvanceTo(windowEnd);
                    continue;
                }

                var checks = await Profile.TimeAsync("checks", () => NextChecksAsync(scopes, actions.Select(a => a.FeedbackId), ct));
                var batch = new List<PlannedAction>();
                var filed = 0;
                var swept = 0;
                var nextAction = 0;
                while (true)
                {
                    DateTimeOffset? arrivalAt = nextArrival < arrivals.Count && arrivals[nextArrival] < windowEnd ? arrivals[nextArrival] : null;
                    if (arrivalAt is { } arrival && (nextAction == actions.Count || arrival <= actions[nextAction].At))
                    {
                        clock.AdvanceTo(arrival);
                        await Profile.TimeAsync("file", () => FileAsync(scopes, corpus, areas, random, ct));
                        nextArrival++;
                        filed++;
                        continue;
                    }

                    if (nextAction == actions.Count)
                    {
                        break;
                    }

                    var action = actions[nextAction++];
                    if (action.ThroughService)
                    {
                        // The staff service reads "now": run it at its moment, after any clock point before it.
                        await Profile.TimeAsync("desk", () => desk.ApplyAsync(batch, ct));
                        batch.Clear();
                        clock.AdvanceTo(action.At);
                        swept += await Profile.TimeAsync("sweep", () => SweepAsync(sweeper, sweepBatch, ct));
                        await Profile.TimeAsync("desk", () => desk.ApplyThroughServiceAsync(action, ct));
                        continue;
                    }

                    if (checks.GetValueOrDefault(action.FeedbackId) is { } check && check <= action.At)
                    {
                        await Profile.TimeAsync("desk", () => desk.ApplyAsync(batch, ct));
                        batch.Clear();
                        clock.AdvanceTo(action.At);
                        swept += await Profile.TimeAsync("sweep", () => SweepAsync(sweeper, sweepBatch, ct));
                        foreach (var (id, next) in await Profile.TimeAsync("checks", () => NextChecksAsync(scopes, [action.FeedbackId], ct)))
                        {
                            checks[id] = next;
                        }
                    }

                    batch.Add(action);
                }

                await Profile.TimeAsync("desk", () => desk.ApplyAsync(batch, ct));
                clock.AdvanceTo(windowEnd);
                swept += await Profile.TimeAsync("sweep", () => SweepAsync(sweeper, sweepBatch, ct));
                if (filed > 0 || swept > 0 || actions.Count > 0 || activity.Snapshot() != idleAt)
                {
                    idleAt = await Profile.TimeAsync("idle", () => WaitIdleAsync(scopes, activity, relay, ct));
                }

                nextCheck = await Profile.TimeAsync("checks", () => NextCheckAsync(scopes, ct));

                Plan(inbox, calendars, clock.GetUtcNow());
            }

            if ((day + 1) % 10 == 0 || day + 1 == options.Days)
            {
                await output.WriteLineAsync($"  ngày {day + 1}: {_filed.Count} phản ánh đã gửi, {desk.Applied} thao tác của cán bộ, {wall.Elapsed.TotalSeconds:F0} s");
            }
        }

        await WaitIdleAsync(scopes, activity, relay, ct);
        SimulationReport report;
        await using (var scope = scopes.CreateAsyncScope())
        {
            report = await SimulationReport.ReadAsync(scope.ServiceProvider.GetRequiredService<PaknDbContext>(), _filed.Keys, ct);
        }

        await host.StopAsync(CancellationToken.None);
        return report with
        {
            StaffActions = desk.Applied,
            ExtensionsRequested = desk.ExtensionsRequested,
            ExtensionsApproved = desk.ExtensionsApproved,
            MessagesPublished = activity.Published,
            ConsumerFaults = activity.Faults,
            WallSeconds = Math.Round(wall.Elapsed.TotalSeconds, 1),
        };
    }

    public int InvalidSubmissions => _invalid;

    public SimulationProfile Profile { get; } = new();

    private async Task FileAsync(IServiceScopeFactory scopes, IReadOnlyList<CorpusExample> corpus, List<string> areas, Random random, CancellationToken ct)
    {
        var index = _filed.Count + _invalid;
        var example = corpus[random.Next(corpus.Count)];
        var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
        var phone = $"{PhonePrefixes[random.Next(PhonePrefixes.Length)]}{random.Next(1_000_000, 10_000_000)}";
        var submission = new SubmitFeedback
        {
            Content = example.Text,
            Area = random.NextDouble() < 0.85 ? areas[random.Next(areas.Count)] : null,
            Channel = PickChannel(random),
            Contact = new SubmittedContact
            {
                Name = name,
                Phone = phone,
                Email = random.NextDouble() < 0.2 ? $"nguoidan{index}@gmail.com" : null,
            },
        };
        await using var scope = scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FeedbackIntake>().SubmitAsync(submission, ct);
        if (result.FeedbackId is { } id)
        {
            _filed[id] = index;
            _labels[id] = example.Label;
        }
        else
        {
            _invalid++;
        }
    }

    private static Channel PickChannel(Random random)
    {
        var pick = random.NextDouble();
        foreach (var (channel, weight) in Channels)
        {
            if ((pick -= weight) < 0)
            {
                return channel;
            }
        }

        return Channel.Api;
    }

    /// <summary>Turns what staff saw arrive in their queues into their future actions.</summary>
    private void Plan(StaffInbox inbox, WorkingCalendars calendars, DateTimeOffset now)
    {
        while (inbox.Assigned.TryDequeue(out var assigned))
        {
            // One plan per item: a coordinator's placement after triage is its first assignment.
            if (_planned.Add(assigned.FeedbackId))
            {
                var random = ItemRandom(assigned.FeedbackId, 1);
                foreach (var action in StaffBehaviour.ForAssigned(assigned, calendars.At(assigned.AssignedAt), random))
                {
                    Schedule(action, now);
                }
            }
        }

        while (inbox.Triage.TryDequeue(out var id))
        {
            Schedule(StaffBehaviour.ForTriage(id, now, calendars.At(now), ItemRandom(id, 2)), now);
        }
    }

    private void Schedule(PlannedAction action, DateTimeOffset now) =>
        _agenda.Enqueue(action.At < now ? action with { At = now } : action, action.At < now ? now : action.At);

    private Random ItemRandom(Guid id, int purpose) =>
        new(unchecked((options.Seed * 1_000_003) + (_filed.GetValueOrDefault(id) * 7) + purpose));

    private static async Task<int> SweepAsync(DeadlineSweeper sweeper, int batch, CancellationToken ct)
    {
        var total = 0;
        int read;
        do
        {
            read = await sweeper.SweepAsync(ct);
            total += read;
        }
        while (read == batch);
        return total;
    }

    private static async Task<DateTimeOffset?> NextCheckAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Feedback.AsNoTracking()
            .Where(f => f.SlaCheckAt != null)
            .OrderBy(f => f.SlaCheckAt)
            .Select(f => f.SlaCheckAt)
            .FirstOrDefaultAsync(ct);
    }

    private static async Task<Dictionary<Guid, DateTimeOffset?>> NextChecksAsync(IServiceScopeFactory scopes, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Feedback.AsNoTracking()
            .Where(f => wanted.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.SlaCheckAt, ct);
    }

    /// <summary>
    /// Settled: nothing being consumed, nothing waiting in the outbox, and no delivery or
    /// publish between two looks a moment apart (a message between publish and delivery). The
    /// database is asked only when the bus looks quiet; rows still in the outbox then wake the
    /// relay at once instead of waiting for its poll.
    /// </summary>
    private static async Task<(long InFlight, long Received, long Published)> WaitIdleAsync(
        IServiceScopeFactory scopes, BusActivity activity, OutboxSignal relay, CancellationToken ct)
    {
        var limit = Stopwatch.StartNew();
        (long, long, long)? previous = null;
        while (true)
        {
            var now = activity.Snapshot();
            if (now.InFlight == 0 && previous == now)
            {
                if (await OutboxEmptyAsync(scopes, ct))
                {
                    return now;
                }

                relay.Notify();
                previous = null;
            }
            else
            {
                previous = now.InFlight == 0 ? now : null;
            }

            if (limit.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The pipeline did not settle within 5 minutes.");
            }

            await Task.Delay(1, ct);
        }
    }

    private static async Task<bool> OutboxEmptyAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return !await scope.ServiceProvider.GetRequiredService<PaknDbContext>().OutboxMessages.AnyAsync(ct);
    }
}
