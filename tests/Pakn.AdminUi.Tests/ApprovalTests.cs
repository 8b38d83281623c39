using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Approvals;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// Unit head approval (Sở Xây dựng requires it in the demo data): an officer's answer waits as a
/// draft until the head of that unit approves or returns it; nobody else can let it out.
/// </summary>
public sealed class ApprovalTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string XayDung = "SO_XAY_DUNG";
    private const string Concrete = "Ngày 20/11/2026 Đội duy tu của Sở đã sửa ổ gà trước số 12 Lê Duẩn; ông Trần Văn Kỹ (phòng Hạ tầng) chịu trách nhiệm theo dõi.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_hold_the_answer_as_a_draft_when_an_officer_of_an_approving_unit_answers()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Ổ gà trước số 12 Lê Duẩn", email: "nguoidan@example.vn");

        var outcome = await ActAsync("canbo.xaydung", (a, s) => a.RespondAsync(s, code, Concrete, Ct));

        Assert.True(outcome.Succeeded, outcome.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal((FeedbackState.Assigned, AnswerApproval.Pending, Concrete, null), (item.State, item.AnswerApproval, item.DraftAnswer, item.Answer));
        Assert.Equal(0, await CountAsync(db => db.Notifications.CountAsync(n => n.FeedbackId == item.Id && n.Kind == "citizen.answered", Ct)));
        Assert.Equal(1, await CountAsync(db => db.Notifications.CountAsync(n => n.FeedbackId == item.Id && n.Kind == "answer.approval" && n.Role == StaffRoles.UnitHead, Ct)));
    }

    [Fact]
    public async Task Should_send_the_draft_as_the_answer_when_the_head_of_the_unit_approves()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Nắp cống vỡ ở đường Hùng Vương", email: "nguoidan@example.vn");
        await ActAsync("canbo.xaydung", (a, s) => a.RespondAsync(s, code, Concrete, Ct));

        var outcome = await ActAsync("truong.xaydung", (a, s) => a.ApproveAnswerAsync(s, code, Ct));

        Assert.True(outcome.Succeeded, outcome.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal((FeedbackState.Answered, Concrete, AnswerApproval.None, null), (item.State, item.Answer, item.AnswerApproval, item.DraftAnswer));
        var audit = await CountAsync(db => db.Set<AuditEntry>().Where(a => a.FeedbackId == item.Id && a.ToState == FeedbackState.Answered).SingleAsync(Ct));
        Assert.Equal("staff:truong.xaydung", audit.Actor);
        Assert.Contains("staff:canbo.xaydung", audit.Note, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.Notifications.CountAsync(n => n.FeedbackId == item.Id && n.Kind == "citizen.answered", Ct)));
    }

    [Fact]
    public async Task Should_refuse_when_the_officer_tries_to_approve_their_own_answer()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Cây đổ chắn lối đi");
        await ActAsync("canbo.xaydung", (a, s) => a.RespondAsync(s, code, Concrete, Ct));

        var outcome = await ActAsync("canbo.xaydung", (a, s) => a.ApproveAnswerAsync(s, code, Ct));

        Assert.Equal(ActionOutcome.Forbidden, outcome);
        Assert.Equal(AnswerApproval.Pending, (await Items.ReadAsync(factory, code)).AnswerApproval);
    }

    [Fact]
    public async Task Should_answer_directly_when_the_head_answers_an_item_of_their_own_unit()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Biển báo giao thông bị che khuất");

        var outcome = await ActAsync("truong.xaydung", (a, s) => a.RespondAsync(s, code, Concrete, Ct));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(FeedbackState.Answered, (await Items.ReadAsync(factory, code)).State);
    }

    [Fact]
    public async Task Should_neither_list_nor_approve_when_the_head_of_another_unit_tries()
    {
        await SetApprovalAsync("UBND_P_HAI_CHAU", true);
        try
        {
            var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU", "Rác thải ở kiệt 80 Hải Phòng");
            var submitted = await ActAsync("canbo.haichau", (a, s) => a.RespondAsync(s, code, Concrete, Ct));
            Assert.Equal(AnswerApproval.Pending, (await Items.ReadAsync(factory, code)).AnswerApproval);
            Assert.True(submitted.Succeeded, submitted.Message);

            var outcome = await ActAsync("truong.xaydung", (a, s) => a.ApproveAnswerAsync(s, code, Ct));
            using var services = factory.Services.CreateScope();
            var listed = await services.ServiceProvider.GetRequiredService<ApprovalQueries>().ListAsync(await StaffSession.ScopeAsync(factory, "truong.xaydung"), Ct);

            Assert.Equal(ActionOutcome.NotFound, outcome);
            Assert.DoesNotContain(listed, r => r.TrackingCode == code);
            Assert.Equal((FeedbackState.Assigned, AnswerApproval.Pending), ((await Items.ReadAsync(factory, code)).State, (await Items.ReadAsync(factory, code)).AnswerApproval));
        }
        finally
        {
            await SetApprovalAsync("UBND_P_HAI_CHAU", false);
        }
    }

    [Fact]
    public async Task Should_keep_the_draft_with_the_heads_comment_when_the_head_returns_it_and_resubmit_after_editing()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Đường ngập sau mưa ở Nại Hiên Đông");
        await ActAsync("canbo.xaydung", (a, s) => a.RespondAsync(s, code, Concrete, Ct));

        var blank = await ActAsync("truong.xaydung", (a, s) => a.ReturnAnswerAsync(s, code, "  ", Ct));
        var returned = await ActAsync("truong.xaydung", (a, s) => a.ReturnAnswerAsync(s, code, "Ghi rõ ngày hoàn thành nạo vét", Ct));

        Assert.Equal((false, "Cần ghi ý kiến để cán bộ sửa câu trả lời."), (blank.Succeeded, blank.Message));
        Assert.True(returned.Succeeded, returned.Message);
        var item = await Items.ReadAsync(factory, code);
        Assert.Equal((AnswerApproval.Returned, "Ghi rõ ngày hoàn thành nạo vét", Concrete, FeedbackState.Assigned),
            (item.AnswerApproval, item.ApprovalComment, item.DraftAnswer, item.State));

        var again = await ActAsync("canbo.xaydung", (a, s) => a.RespondAsync(s, code, Concrete + " Nạo vét hoàn thành ngày 25/11/2026.", Ct));
        Assert.True(again.Succeeded, again.Message);
        Assert.Equal(AnswerApproval.Pending, (await Items.ReadAsync(factory, code)).AnswerApproval);
    }

    [Fact]
    public async Task Should_list_pending_answers_for_the_head_and_deny_the_page_to_officers()
    {
        var code = await Items.AssignedAsync(factory, XayDung, "Vỉa hè sụt lún ở Bạch Đằng");
        await ActAsync("canbo.xaydung", (a, s) => a.RespondAsync(s, code, Concrete, Ct));

        var head = await StaffSession.SignInAsync(factory, "truong.xaydung");
        var text = StaffSession.VisibleText(await head.GetStringAsync("/admin/cho-duyet", Ct));
        var officer = await StaffSession.SignInAsync(factory, "canbo.xaydung");
        using var denied = await officer.GetAsync("/admin/cho-duyet", Ct);

        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("Đội duy tu của Sở đã sửa ổ gà", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, denied.StatusCode);
        Assert.StartsWith("/admin/khong-co-quyen", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<ActionOutcome> ActAsync(string userName, Func<ItemActions, StaffScope, Task<ActionOutcome>> act)
    {
        var scope = await StaffSession.ScopeAsync(factory, userName);
        using var services = factory.Services.CreateScope();
        return await act(services.ServiceProvider.GetRequiredService<ItemActions>(), scope);
    }

    private async Task<T> CountAsync<T>(Func<PaknDbContext, Task<T>> query)
    {
        using var services = factory.Services.CreateScope();
        return await query(services.ServiceProvider.GetRequiredService<PaknDbContext>());
    }

    private async Task SetApprovalAsync(string unitCode, bool required)
    {
        using var services = factory.Services.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<PaknDbContext>();
        await db.Units.Where(u => u.Code == unitCode).ExecuteUpdateAsync(u => u.SetProperty(x => x.AnswerApprovalRequired, required), Ct);
    }
}
