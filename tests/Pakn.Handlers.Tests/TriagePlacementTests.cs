using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Core.Text;
using Pakn.Core.Triage;
using Pakn.Handlers.Assignment;
using Pakn.Handlers.Sla;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

public class TriagePlacementTests
{
    private const string Coordinator = "canbo.tiepnhan@phuong.example";

    private static Task<ConsumerTestHost> StartAsync() => ConsumerTestHost.StartAsync(
        _ => { },
        s =>
        {
            s.AddOptions<WorkingCalendarOptions>();
            s.AddOptions<SlaOptions>();
            s.AddSingleton<WorkingCalendars>();
            s.AddScoped<SlaPolicies>();
            s.AddScoped<TriagePlacement>();
        });

    private static async Task<FeedbackItem> StoreAsync(ConsumerTestHost host, bool triaged = true, bool confidential = false)
    {
        await using var db = host.CreateContext();
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Cống trước nhà nghẹt, mưa là ngập. Gọi tôi 0905 123 456.", "Ngập kiệt 45",
            "P_HAI_CHAU", null, null, null, new Contact(), host.Time.GetUtcNow());
        if (triaged)
        {
            item.SendToTriage("Chưa đủ chắc chắn về lĩnh vực.", Actors.Routing, host.Time.GetUtcNow(), confidential: confidential);
        }

        db.Feedback.Add(item);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return item;
    }

    private static async Task<TriagePlacementResult> PlaceAsync(ConsumerTestHost host, Guid id, string field = "DO_THI", string unit = "UBND_P_HAI_CHAU")
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TriagePlacement>().PlaceAsync(id, field, unit, Coordinator, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Should_assign_the_item_and_keep_a_masked_labelled_example_when_a_coordinator_places_it()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);
        host.Time.Advance(TimeSpan.FromMinutes(10));

        var result = await PlaceAsync(host, item.Id);

        Assert.True(result.Succeeded, result.Error);
        var stored = await host.QueryAsync(db => db.Feedback.Include(f => f.Audit).SingleAsync(f => f.Id == item.Id));
        Assert.Equal(FeedbackState.Assigned, stored.State);
        Assert.Equal(("DO_THI", "UBND_P_HAI_CHAU"), (stored.FieldCode, stored.UnitCode));
        // The clocks run from receipt, as when routing places an item.
        Assert.Equal(item.ReceivedAt.AddHours(24), stored.FirstResponseDueAt);
        Assert.Equal(Coordinator, stored.Audit.OrderBy(a => a.Id).Last().Actor);
        Assert.Equal(typeof(FeedbackAssigned).FullName, (await host.QueryAsync(db => db.OutboxMessages.SingleAsync())).MessageType);
        var example = await host.QueryAsync(db => db.Set<LabelledExample>().SingleAsync());
        Assert.Equal(("DO_THI", item.Id, Coordinator, host.Time.GetUtcNow()), (example.FieldCode, example.FeedbackId, example.DecidedBy, example.DecidedAt));
        Assert.StartsWith("Ngập kiệt 45\nCống trước nhà nghẹt", example.Text, StringComparison.Ordinal);
        Assert.Contains(PersonalData.PhonePlaceholder, example.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", example.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KHONG_CO", "UBND_P_HAI_CHAU", "Lĩnh vực")]
    [InlineData("DO_THI", "KHONG_CO", "Đơn vị")]
    public async Task Should_change_nothing_and_say_why_when_the_field_or_unit_is_unknown(string field, string unit, string message)
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host);

        var result = await PlaceAsync(host, item.Id, field, unit);

        Assert.False(result.Succeeded);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(FeedbackState.NeedsTriage, await host.QueryAsync(db => db.Feedback.Where(f => f.Id == item.Id).Select(f => f.State).SingleAsync()));
        Assert.False(await host.QueryAsync(db => db.Set<LabelledExample>().AnyAsync()));
        Assert.False(await host.QueryAsync(db => db.OutboxMessages.AnyAsync()));
    }

    [Fact]
    public async Task Should_refuse_when_the_item_is_not_waiting_for_triage()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, triaged: false);

        var result = await PlaceAsync(host, item.Id);

        Assert.False(result.Succeeded);
        Assert.Equal(FeedbackState.Received, await host.QueryAsync(db => db.Feedback.Where(f => f.Id == item.Id).Select(f => f.State).SingleAsync()));
        Assert.False(await host.QueryAsync(db => db.Set<LabelledExample>().AnyAsync()));
    }

    [Fact]
    public async Task Should_not_keep_a_confidential_item_as_training_text()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, confidential: true);

        Assert.True((await PlaceAsync(host, item.Id)).Succeeded);

        Assert.False(await host.QueryAsync(db => db.Set<LabelledExample>().AnyAsync()));
    }
}
