using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Handlers.Assignment;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

public class AssignmentConsumerTests
{
    private static Task<ConsumerTestHost> StartAsync() => ConsumerTestHost.StartAsync(
        x =>
        {
            x.AddConsumer<AssignFeedbackConsumer>();
            x.AddConsumer<TriageFeedbackConsumer>();
        },
        s =>
        {
            s.AddOptions<WorkingCalendarOptions>();
            s.AddSingleton<WorkingCalendars>();
            s.AddScoped<SlaPolicies>();
        });

    private static async Task<FeedbackItem> StoreAsync(ConsumerTestHost host)
    {
        await using var db = host.CreateContext();
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Đèn đường hỏng", null, "P_HAI_CHAU",
            null, null, null, new Contact(), host.Time.GetUtcNow());
        db.Feedback.Add(item);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return item;
    }

    private static Task<FeedbackItem> LoadAsync(ConsumerTestHost host, Guid id) =>
        host.QueryAsync(db => db.Feedback.Include(f => f.Audit).SingleAsync(f => f.Id == id));

    [Fact]
    public async Task Should_assign_the_unit_and_start_both_clocks_when_routed()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);
        host.Time.Advance(TimeSpan.FromMinutes(3));

        await host.PublishAsync(new FeedbackRouted(item.Id, "DO_THI", "UBND_P_HAI_CHAU", Severity.Normal, 0.8, "Theo quy tắc"), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackRouted>(1);

        var stored = await LoadAsync(host, item.Id);
        Assert.Equal(FeedbackState.Assigned, stored.State);
        Assert.Equal("UBND_P_HAI_CHAU", stored.UnitCode);
        Assert.Equal("DO_THI", stored.FieldCode);
        // Clocks run from receipt, not from routing: the citizen waited those three minutes too.
        Assert.Equal(item.ReceivedAt.AddHours(24), stored.FirstResponseDueAt);
        // Received Monday 23/11/2026 08:00 in Vietnam; DO_THI has 7 working days: Wednesday 2/12, 17:00.
        Assert.Equal(7, await host.QueryAsync(db => db.Fields.Where(f => f.Code == "DO_THI").Select(f => f.ResolutionDays).SingleAsync()));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 17, 0, 0, TimeSpan.FromHours(7)), stored.ResolutionDueAt);
        // Warnings at 75%: of the 24 wall-clock hours, and of the working time to the deadline.
        Assert.Equal(item.ReceivedAt.AddHours(18), stored.FirstResponseWarnAt);
        Assert.True(stored.ResolutionWarnAt > stored.FirstResponseWarnAt && stored.ResolutionWarnAt < stored.ResolutionDueAt);
        Assert.Equal(stored.FirstResponseWarnAt, stored.SlaCheckAt);
        Assert.Equal(host.Time.GetUtcNow(), stored.AssignedAt);
        Assert.Equal([FeedbackState.Received, FeedbackState.Assigned], stored.Audit.OrderBy(a => a.Id).Select(a => a.ToState));
        var outbox = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(typeof(FeedbackAssigned).FullName, outbox.MessageType);
    }

    [Fact]
    public async Task Should_write_one_audit_entry_when_the_same_decision_arrives_twice()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);
        var messageId = Guid.NewGuid();
        var routed = new FeedbackRouted(item.Id, "DO_THI", "UBND_P_HAI_CHAU", Severity.Normal, 0.8, "Theo quy tắc");

        await host.PublishAsync(routed, messageId);
        await host.PublishAsync(routed, messageId);
        await host.WaitForConsumedAsync<FeedbackRouted>(2);

        var stored = await LoadAsync(host, item.Id);
        Assert.Single(stored.Audit, a => a.ToState == FeedbackState.Assigned);
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Should_leave_the_item_alone_when_staff_moved_it_first()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);
        await using (var db = host.CreateContext())
        {
            var tracked = await db.Feedback.SingleAsync(f => f.Id == item.Id, TestContext.Current.CancellationToken);
            tracked.Reject("Nội dung là khiếu nại, không thuộc phạm vi PAKN", "coordinator", host.Time.GetUtcNow());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await host.PublishAsync(new FeedbackRouted(item.Id, "DO_THI", "UBND_P_HAI_CHAU", Severity.Normal, 0.8, "r"), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackRouted>(1);

        var stored = await LoadAsync(host, item.Id);
        Assert.Equal(FeedbackState.Rejected, stored.State);
        Assert.Null(stored.UnitCode);
        Assert.Equal(1, await host.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Should_place_the_item_in_triage_with_the_reason_and_suggestions()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);

        await host.PublishAsync(new FeedbackNeedsTriage(item.Id, "Không nhận ra lĩnh vực.", ["DO_THI", "GIAO_THONG"]), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackNeedsTriage>(1);

        var stored = await LoadAsync(host, item.Id);
        Assert.Equal(FeedbackState.NeedsTriage, stored.State);
        Assert.Contains("Không nhận ra lĩnh vực.", stored.StateReason, StringComparison.Ordinal);
        Assert.Contains("DO_THI", stored.StateReason, StringComparison.Ordinal);
        Assert.Null(stored.UnitCode);
    }

    [Fact]
    public async Task Should_assign_an_item_a_coordinator_had_in_triage_when_routing_decides_later()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);
        await host.PublishAsync(new FeedbackNeedsTriage(item.Id, "Chưa rõ.", []), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackNeedsTriage>(1);

        await host.PublishAsync(new FeedbackRouted(item.Id, "DO_THI", "UBND_P_HAI_CHAU", Severity.Urgent, 1, "Điều phối viên chọn"), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackRouted>(1);

        var stored = await LoadAsync(host, item.Id);
        Assert.Equal(FeedbackState.Assigned, stored.State);
        Assert.Equal(Severity.Urgent, stored.Severity);
        Assert.Equal(3, stored.Audit.Count);
    }

    [Fact]
    public async Task Should_link_the_likely_original_without_merging_when_routing_names_one()
    {
        await using var host = await StartAsync();
        var original = await StoreAsync(host);
        var report = await StoreAsync(host);

        await host.PublishAsync(new FeedbackRouted(report.Id, "DO_THI", "UBND_P_HAI_CHAU", Severity.Normal, 0.9, "r", original.Id), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackRouted>(1);

        var stored = await LoadAsync(host, report.Id);
        Assert.Equal(FeedbackState.Assigned, stored.State);
        Assert.Equal(original.Id, stored.PossibleDuplicateOfId);
    }
}
