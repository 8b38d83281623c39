using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Items;
using Pakn.AdminUi.Pages.Queue;
using Pakn.Core.Feedback;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// A unit officer sees and touches only their units' items, whether by URL, by the queue or
/// by any action; readers (leader) see without contact data and act on nothing.
/// </summary>
public sealed class UnitScopeTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string OtherUnit = "SO_XAY_DUNG";
    private const string HaiChau = "UBND_P_HAI_CHAU";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_show_item_with_contact_when_officer_of_its_unit_opens_it()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Cống thoát nước tắc ở kiệt 7 Hoàng Diệu");
        var client = await StaffSession.SignInAsync(factory, "canbo.haichau");

        var text = StaffSession.VisibleText(await client.GetStringAsync($"/admin/phan-anh/{code}", Ct));

        Assert.Contains("Cống thoát nước tắc ở kiệt 7 Hoàng Diệu", text, StringComparison.Ordinal);
        Assert.Contains(Items.Name, text, StringComparison.Ordinal);
        Assert.Contains("Xác nhận tiếp nhận", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_not_found_when_officer_of_another_unit_opens_item_by_url()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Vỉa hè bị lấn chiếm trước nhà số 9 Trần Phú");
        var client = await StaffSession.SignInAsync(factory, "canbo.xaydung");

        using var response = await client.GetAsync($"/admin/phan-anh/{code}", Ct);
        var text = StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct));

        Assert.Contains("Không tìm thấy phản ánh", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vỉa hè bị lấn chiếm", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Items.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_item_without_contact_or_actions_when_leader_opens_it()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Rác tồn đọng ở chợ Hàn");
        var client = await StaffSession.SignInAsync(factory, "lanhdao");

        var text = StaffSession.VisibleText(await client.GetStringAsync($"/admin/phan-anh/{code}", Ct));

        Assert.Contains("Rác tồn đọng ở chợ Hàn", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Items.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Xác nhận tiếp nhận", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_only_own_units_items_when_officer_reads_the_queue()
    {
        var mine = await Items.AssignedAsync(factory, HaiChau);
        var alsoMine = await Items.AssignedAsync(factory, "UBND_P_HOA_CUONG");
        var notMine = await Items.AssignedAsync(factory, OtherUnit);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        using var services = factory.Services.CreateScope();
        var page = await services.ServiceProvider.GetRequiredService<QueueQueries>()
            .GetAsync(scope, new QueueFilter { PageSize = 200, OpenOnly = false }, Ct);

        var codes = page.Rows.Select(r => r.TrackingCode).ToList();
        Assert.Contains(mine, codes);
        Assert.Contains(alsoMine, codes);
        Assert.DoesNotContain(notMine, codes);
        Assert.All(page.Rows, r => Assert.Contains(r.UnitCode, new[] { HaiChau, "UBND_P_HOA_CUONG" }));
    }

    [Fact]
    public async Task Should_find_nothing_when_officer_searches_another_units_tracking_code()
    {
        var notMine = await Items.AssignedAsync(factory, OtherUnit);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        using var services = factory.Services.CreateScope();
        var page = await services.ServiceProvider.GetRequiredService<QueueQueries>()
            .GetAsync(scope, new QueueFilter { Search = notMine, OpenOnly = false }, Ct);

        Assert.Equal(0, page.Total);
    }

    public static TheoryData<string> EveryAction => new(
        "acknowledge", "start", "request-info", "receive-info", "respond", "forward", "reject", "reopen", "merge", "place");

    [Theory]
    [MemberData(nameof(EveryAction))]
    public async Task Should_refuse_and_change_nothing_when_officer_acts_on_another_units_item(string action)
    {
        var code = await Items.AssignedAsync(factory, OtherUnit);
        var before = await Items.ReadAsync(factory, code);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        var outcome = await ActAsync(action, scope, code, await Items.AssignedAsync(factory, HaiChau));

        Assert.False(outcome.Succeeded);
        Assert.Equal(ActionOutcome.NotFound.Message, outcome.Message);
        var after = await Items.ReadAsync(factory, code);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.State, after.State);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public async Task Should_refuse_and_change_nothing_when_leader_acts_on_any_item(string action)
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var scope = await StaffSession.ScopeAsync(factory, "lanhdao");

        var outcome = await ActAsync(action, scope, code, await Items.AssignedAsync(factory, HaiChau));

        Assert.False(outcome.Succeeded);
        Assert.Equal(ActionOutcome.Forbidden.Message, outcome.Message);
        Assert.Equal(FeedbackState.Assigned, (await Items.ReadAsync(factory, code)).State);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("merge")]
    [InlineData("place")]
    public async Task Should_refuse_coordinator_only_actions_when_officer_of_the_unit_tries_them(string action)
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        var outcome = await ActAsync(action, scope, code, await Items.AssignedAsync(factory, HaiChau));

        Assert.Equal(ActionOutcome.Forbidden.Message, outcome.Message);
        Assert.Equal(FeedbackState.Assigned, (await Items.ReadAsync(factory, code)).State);
    }

    [Fact]
    public async Task Should_acknowledge_and_record_the_officer_when_officer_of_the_unit_acknowledges()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        var outcome = await ActAsync("acknowledge", scope, code, code);

        Assert.True(outcome.Succeeded, outcome.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal(FeedbackState.Acknowledged, item.State);
        Assert.Equal(true, item.FirstResponseOnTime);
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<Pakn.Core.Data.PaknDbContext>();
        Assert.Contains(db.AuditEntries.Where(a => a.FeedbackId == item.Id).ToList(),
            a => a.Actor == "staff:canbo.haichau" && a.ToState == FeedbackState.Acknowledged);
    }

    [Fact]
    public async Task Should_reject_with_reason_when_coordinator_rejects_any_units_item()
    {
        var code = await Items.AssignedAsync(factory, OtherUnit);
        var scope = await StaffSession.ScopeAsync(factory, "tiepnhan");

        var outcome = await ActAsync("reject", scope, code, code);

        Assert.True(outcome.Succeeded, outcome.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal(FeedbackState.Rejected, item.State);
        Assert.Equal("Nội dung không thuộc phạm vi phản ánh, kiến nghị", item.StateReason);
    }

    [Fact]
    public async Task Should_refuse_with_a_message_and_change_nothing_when_reason_is_blank()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        using var services = factory.Services.CreateScope();
        var outcome = await services.ServiceProvider.GetRequiredService<ItemActions>().ForwardAsync(scope, code, OtherUnit, "   ", Ct);

        Assert.False(outcome.Succeeded);
        Assert.Equal("Cần nêu lý do chuyển đơn vị.", outcome.Message);
        Assert.Equal(HaiChau, (await Items.ReadAsync(factory, code)).UnitCode);
    }

    [Fact]
    public async Task Should_not_serve_attachment_when_officer_of_another_unit_asks_by_url()
    {
        var code = await Items.AssignedAsync(factory, OtherUnit);
        var client = await StaffSession.SignInAsync(factory, "canbo.haichau");

        using var response = await client.GetAsync($"/admin/tep/{code}/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<ActionOutcome> ActAsync(string action, Access.StaffScope scope, string code, string otherCode)
    {
        using var services = factory.Services.CreateScope();
        var actions = services.ServiceProvider.GetRequiredService<ItemActions>();
        return action switch
        {
            "acknowledge" => await actions.AcknowledgeAsync(scope, code, "Đã tiếp nhận", Ct),
            "start" => await actions.StartWorkAsync(scope, code, Ct),
            "request-info" => await actions.RequestInformationAsync(scope, code, "Xin cho biết số nhà cụ thể", Ct),
            "receive-info" => await actions.ReceiveInformationAsync(scope, code, Ct),
            "respond" => await actions.RespondAsync(scope, code, "Đơn vị đã sửa xong đèn ngày 20/11", Ct),
            "forward" => await actions.ForwardAsync(scope, code, "SO_Y_TE", "Không thuộc thẩm quyền", Ct),
            "reject" => await actions.RejectAsync(scope, code, "Nội dung không thuộc phạm vi phản ánh, kiến nghị", Ct),
            "reopen" => await actions.ReopenAsync(scope, code, "Người dân báo chưa sửa", Ct),
            "merge" => await actions.MergeAsync(scope, code, otherCode, Ct),
            "place" => await actions.PlaceAsync(scope, code, "DO_THI", "SO_XAY_DUNG", Severity.Normal, Ct),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
