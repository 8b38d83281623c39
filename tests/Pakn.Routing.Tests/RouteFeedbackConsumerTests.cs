using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Routing.Classification;
using Pakn.Routing;
using Pakn.Routing.Consumers;
using Pakn.Testing;

namespace Pakn.Routing.Tests;

public class RouteFeedbackConsumerTests
{
    // Above any probability: the local model is never sure, so the second opinion is asked.
    private const double AlwaysUnsure = 1.01;

    private static async Task<ConsumerTestHost> StartAsync(FakeOpenAiServer? languageModel = null, double threshold = 0.5)
    {
        // Training (first use only) is not what these tests time.
        await SharedRoutingModel.GetAsync();
        return await ConsumerTestHost.StartAsync(
        x => x.AddConsumer<RouteFeedbackConsumer>(),
        s =>
        {
            s.AddSingleton<RoutingTable>();
            s.AddSingleton(SharedRoutingModel.Provider());
            s.AddSingleton<DuplicateIndex>();
            s.AddOptions<RoutingOptions>().Configure(o => o.ConfidenceThreshold = threshold);
            if (languageModel is not null)
            {
                s.AddSingleton(languageModel.Classifier());
            }
        });
    }

    private static async Task<FeedbackItem> StoreAsync(ConsumerTestHost host, string content, string? area, string? field = null)
    {
        await using var db = host.CreateContext();
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, content, null, area, null, null, null,
            new Contact(), host.Time.GetUtcNow(), requestedFieldCode: field);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return item;
    }

    private static FeedbackReceived Received(FeedbackItem item) =>
        new(item.Id, item.TrackingCode, item.Channel, item.AreaCode, item.ReceivedAt);

    private static Task<List<string>> OutboxTypesAsync(ConsumerTestHost host) =>
        host.QueryAsync(db => db.OutboxMessages.Select(m => m.MessageType).ToListAsync());

    [Fact]
    public async Task Should_enqueue_FeedbackRouted_when_the_text_names_a_field()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, "Đèn đường hỏng cả tuần", "P_HAI_CHAU");

        await host.PublishAsync(Received(item), Guid.NewGuid());

        await host.WaitForConsumedAsync<FeedbackReceived>(1);
        var outbox = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(typeof(FeedbackRouted).FullName, outbox.MessageType);
        Assert.Contains("UBND_P_HAI_CHAU", outbox.Body, StringComparison.Ordinal);
        Assert.Contains("DO_THI", outbox.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_enqueue_FeedbackNeedsTriage_when_routing_is_unsure()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, "alo alo test thử", "P_HAI_CHAU");

        await host.PublishAsync(Received(item), Guid.NewGuid());

        await host.WaitForConsumedAsync<FeedbackReceived>(1);
        Assert.Equal([typeof(FeedbackNeedsTriage).FullName!], await OutboxTypesAsync(host));
    }

    [Fact]
    public async Task Should_decide_once_when_the_same_message_is_delivered_twice()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, "Rác thải bốc mùi hôi thối", "P_THANH_KHE");
        var messageId = Guid.NewGuid();

        await host.PublishAsync(Received(item), messageId);
        await host.PublishAsync(Received(item), messageId);

        await host.WaitForConsumedAsync<FeedbackReceived>(2);
        Assert.Single(await OutboxTypesAsync(host));
        Assert.Equal(1, await host.QueryAsync(db => db.ProcessedMessages.CountAsync()));
    }

    [Fact]
    public async Task Should_route_by_the_chosen_field_when_the_filer_chose_one()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, "Nội dung chung chung", null, field: "Y_TE");

        await host.PublishAsync(Received(item), Guid.NewGuid());

        await host.WaitForConsumedAsync<FeedbackReceived>(1);
        var outbox = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Contains("SO_Y_TE", outbox.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_change_the_item_itself_when_deciding()
    {
        await using var host = await StartAsync();
        var item = await StoreAsync(host, "Đèn đường hỏng", "P_HAI_CHAU");

        await host.PublishAsync(Received(item), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackReceived>(1);

        var stored = await host.QueryAsync(db => db.Feedback.SingleAsync(f => f.Id == item.Id));
        Assert.Equal(FeedbackState.Received, stored.State);
    }

    [Fact]
    public async Task Should_name_an_open_item_in_the_same_area_when_the_new_one_reads_alike()
    {
        await using var host = await StartAsync();
        var original = await StoreAsync(host, "Ổ gà lớn trước nhà số 12 đường Lê Duẩn, xe máy té liên tục", "P_HAI_CHAU");
        var elsewhere = await StoreAsync(host, "Ổ gà lớn trước nhà số 12 đường Lê Duẩn, xe máy té liên tục", "P_THANH_KHE");
        var report = await StoreAsync(host, "duong Le Duan truoc so nha 12 co o ga lon, xe may te lien tuc", "P_HAI_CHAU");

        await host.PublishAsync(Received(report), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackReceived>(1);

        var body = await host.QueryAsync(db => db.OutboxMessages.Select(m => m.Body).SingleAsync());
        Assert.Contains(original.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(elsewhere.Id.ToString(), body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_name_no_duplicate_when_the_open_items_are_about_something_else()
    {
        await using var host = await StartAsync();
        await StoreAsync(host, "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần", "P_HAI_CHAU");
        var report = await StoreAsync(host, "Ổ gà lớn trước nhà số 12 đường Lê Duẩn", "P_HAI_CHAU");

        await host.PublishAsync(Received(report), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackReceived>(1);

        var body = await host.QueryAsync(db => db.OutboxMessages.Select(m => m.Body).SingleAsync());
        Assert.Contains("\"possibleDuplicateOfId\":null", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_route_when_the_language_model_agrees_with_an_unsure_local_model()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Answer = "DO_THI";
        await using var host = await StartAsync(model, threshold: AlwaysUnsure);
        var item = await StoreAsync(host, "Đèn đường ở kiệt 45 hỏng cả tuần, tối om", "P_HAI_CHAU");

        await host.PublishAsync(Received(item), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackReceived>(1);

        var outbox = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(typeof(FeedbackRouted).FullName, outbox.MessageType);
        Assert.Contains("hai mô hình cùng chọn", System.Text.Json.JsonDocument.Parse(outbox.Body).RootElement.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_triage_and_record_both_answers_when_the_models_disagree()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Answer = "Y_TE";
        await using var host = await StartAsync(model, threshold: AlwaysUnsure);
        var item = await StoreAsync(host, "Đèn đường ở kiệt 45 hỏng cả tuần, tối om", "P_HAI_CHAU");

        await host.PublishAsync(Received(item), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackReceived>(1);

        var outbox = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(typeof(FeedbackNeedsTriage).FullName, outbox.MessageType);
        var triage = System.Text.Json.JsonDocument.Parse(outbox.Body).RootElement;
        Assert.Equal("Y_TE", triage.GetProperty("suggestedFieldCodes")[0].GetString());
        Assert.Contains("mô hình ngôn ngữ: Y_TE", triage.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("máy học: DO_THI", triage.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_still_triage_when_the_language_model_fails()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Answer = null;
        await using var host = await StartAsync(model, threshold: AlwaysUnsure);
        var item = await StoreAsync(host, "Đèn đường ở kiệt 45 hỏng cả tuần, tối om", "P_HAI_CHAU");

        await host.PublishAsync(Received(item), Guid.NewGuid());
        await host.WaitForConsumedAsync<FeedbackReceived>(1);

        var outbox = await host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal(typeof(FeedbackNeedsTriage).FullName, outbox.MessageType);
        Assert.Single(model.Requests);
    }
}
