using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Entry;
using Pakn.AdminUi.Pages.Items;
using Pakn.AdminUi.Pages.Triage;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Triage;
using Pakn.Host.Tests;
using Pakn.Core.Text;

namespace Pakn.AdminUi.Tests;

/// <summary>The coordinators' triage queue and staff entry: theirs alone, and held to the API's rules.</summary>
public sealed class CoordinatorTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin/phan-loai")]
    [InlineData("/admin/nhap-phan-anh")]
    public async Task Should_deny_coordinator_pages_when_a_unit_officer_opens_them(string path)
    {
        var client = await StaffSession.SignInAsync(factory, "canbo.haichau");

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("/admin/khong-co-quyen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_store_with_the_chosen_channel_and_the_coordinator_as_actor_when_entry_is_valid()
    {
        var scope = await StaffSession.ScopeAsync(factory, "tiepnhan");
        using var services = factory.Services.CreateScope();

        var result = await services.ServiceProvider.GetRequiredService<StaffEntry>().SubmitAsync(scope, new StaffEntryForm
        {
            Channel = Channel.Hotline,
            Content = "Người dân gọi đường dây nóng báo cột điện nghiêng sắp đổ ở tổ 12 phường Hòa Cường",
            Area = "P_HOA_CUONG",
            ContactName = "Trần Văn Gọi",
            ContactPhone = "0905 111 222",
        }, Ct);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        var db = services.ServiceProvider.GetRequiredService<PaknDbContext>();
        var item = await db.Feedback.Include(f => f.Audit).SingleAsync(f => f.TrackingCode == result.TrackingCode, Ct);
        Assert.Equal(Channel.Hotline, item.Channel);
        Assert.Equal("staff:tiepnhan", item.Audit.Single(a => a.ToState == FeedbackState.Received).Actor);
    }

    [Fact]
    public async Task Should_store_nothing_and_say_why_in_vietnamese_when_entry_is_invalid()
    {
        var scope = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var before = await factory.CountStoredAsync();
        using var services = factory.Services.CreateScope();

        var result = await services.ServiceProvider.GetRequiredService<StaffEntry>().SubmitAsync(scope, new StaffEntryForm
        {
            Channel = Channel.Counter,
            Content = "   ",
            ContactPhone = "12345",
        }, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("Vui lòng nhập nội dung phản ánh, kiến nghị.", result.Errors["content"].Single());
        Assert.Contains("Số điện thoại không hợp lệ", result.Errors["contact.phone"].Single(), StringComparison.Ordinal);
        Assert.Equal(before.Feedback, (await factory.CountStoredAsync()).Feedback);
    }

    [Theory]
    [InlineData("canbo.haichau", Channel.Hotline)]
    [InlineData("lanhdao", Channel.Hotline)]
    [InlineData("tiepnhan", Channel.Zalo)]
    public async Task Should_refuse_entry_when_person_is_not_a_coordinator_or_channel_is_not_an_offline_one(string userName, Channel channel)
    {
        var scope = await StaffSession.ScopeAsync(factory, userName);
        var before = await factory.CountStoredAsync();
        using var services = factory.Services.CreateScope();

        var result = await services.ServiceProvider.GetRequiredService<StaffEntry>().SubmitAsync(scope, new StaffEntryForm
        {
            Channel = channel,
            Content = "Đường Lê Lợi ngập nước sau mưa",
        }, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(before.Feedback, (await factory.CountStoredAsync()).Feedback);
    }

    [Fact]
    public async Task Should_list_triage_items_with_suggestions_for_coordinators_only()
    {
        var code = await NeedsTriageAsync("Lý do: độ tin cậy thấp. Gợi ý lĩnh vực: GIAO_THONG, DO_THI.");
        using var services = factory.Services.CreateScope();
        var queries = services.ServiceProvider.GetRequiredService<TriageQueries>();

        var forCoordinator = await queries.ListAsync(await StaffSession.ScopeAsync(factory, "tiepnhan"), Ct);
        var forOfficer = await queries.ListAsync(await StaffSession.ScopeAsync(factory, "canbo.haichau"), Ct);

        var row = Assert.Single(forCoordinator, r => r.TrackingCode == code);
        Assert.Equal(["GIAO_THONG", "DO_THI"], row.SuggestedFields);
        Assert.Empty(forOfficer);
    }

    [Fact]
    public async Task Should_assign_with_clocks_when_coordinator_places_a_triage_item()
    {
        var code = await NeedsTriageAsync("Không xác định được lĩnh vực.", "Ổ gà kiệt 45, gọi tôi 0905 123 456");
        var scope = await StaffSession.ScopeAsync(factory, "tiepnhan");
        using (var services = factory.Services.CreateScope())
        {
            var outcome = await services.ServiceProvider.GetRequiredService<ItemActions>()
                .PlaceAsync(scope, code, "GIAO_THONG", "UBND_P_HAI_CHAU", Severity.Urgent, Ct);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        var item = await WaitAsync(code, i => i.State == FeedbackState.Assigned);
        Assert.Equal("UBND_P_HAI_CHAU", item.UnitCode);
        Assert.Equal("GIAO_THONG", item.FieldCode);
        Assert.Equal(Severity.Urgent, item.Severity);
        Assert.NotNull(item.ResolutionDueAt);

        // The decision is kept, masked, as a training example for the classifier.
        using var check = factory.Services.CreateScope();
        var example = await check.ServiceProvider.GetRequiredService<PaknDbContext>()
            .Set<LabelledExample>().SingleAsync(e => e.FeedbackId == item.Id, Ct);
        Assert.Equal("GIAO_THONG", example.FieldCode);
        Assert.Contains(PersonalData.PhonePlaceholder, example.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", example.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_keep_a_confidential_item_as_training_text_when_coordinator_places_it()
    {
        var code = await NeedsTriageAsync("Có dấu hiệu tố cáo", confidential: true);
        var scope = await StaffSession.ScopeAsync(factory, "tiepnhan");
        using var services = factory.Services.CreateScope();

        var outcome = await services.ServiceProvider.GetRequiredService<ItemActions>()
            .PlaceAsync(scope, code, "AN_NINH_TRAT_TU", "UBND_P_HAI_CHAU", Severity.Normal, Ct);

        Assert.True(outcome.Succeeded, outcome.Message);
        var db = services.ServiceProvider.GetRequiredService<PaknDbContext>();
        var id = await db.Feedback.Where(f => f.TrackingCode == code).Select(f => f.Id).SingleAsync(Ct);
        Assert.False(await db.Set<LabelledExample>().AnyAsync(e => e.FeedbackId == id, Ct));
    }

    private async Task<string> NeedsTriageAsync(string reason, string content = "Có việc cần hỏi về khu phố", bool confidential = false)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = DateTimeOffset.UtcNow;
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, content, null, "P_HAI_CHAU", null, null, null, new Contact(), now);
        item.SendToTriage(reason, Actors.Routing, now, confidential: confidential);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(Ct);
        return item.TrackingCode;
    }

    private async Task<FeedbackItem> WaitAsync(string code, Func<FeedbackItem, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var item = await Items.ReadAsync(factory, code);
            if (done(item) || clock.Elapsed > PaknClient.PipelineTimeout)
            {
                Assert.True(done(item), $"{code} is still {item.State} after {PaknClient.PipelineTimeout.TotalSeconds} s");
                return item;
            }

            await Task.Delay(100, Ct);
        }
    }
}
