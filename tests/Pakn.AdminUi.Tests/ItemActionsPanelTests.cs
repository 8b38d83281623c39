using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Feedback;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Tests;

/// <summary>The actions panel offers what the person may do in the item's state, and nothing else.</summary>
public sealed class ItemActionsPanelTests : IAsyncDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private readonly BunitContext _context = new();

    public ItemActionsPanelTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
    }

    // MudBlazor's services dispose only asynchronously.
    public ValueTask DisposeAsync() => _context.DisposeAsync();

    [Fact]
    public void Should_offer_acknowledge_answer_and_forward_but_not_reject_when_officer_of_the_unit_sees_an_assigned_item()
    {
        var panel = Render(Assigned("UBND_P_HAI_CHAU"), Scope(StaffRoles.Officer, "UBND_P_HAI_CHAU"));

        var actions = Actions(panel);

        Assert.Equal(["acknowledge", "respond", "forward", "request-extension"], actions);
    }

    [Fact]
    public void Should_offer_place_reject_and_merge_when_coordinator_sees_a_triage_item()
    {
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Nội dung", null, null, null, null, null, new Contact(), At);
        item.SendToTriage("Không rõ lĩnh vực", Actors.Routing, At);

        var actions = Actions(Render(item, Scope(StaffRoles.Coordinator, "VP_UBND_TP")));

        Assert.Equal(["place", "merge", "reject"], actions);
    }

    [Theory]
    [InlineData(StaffRoles.Leader, null)]
    [InlineData(StaffRoles.Officer, "SO_XAY_DUNG")]
    public void Should_offer_nothing_when_person_may_not_act_on_the_item(string role, string? unit)
    {
        var panel = Render(Assigned("UBND_P_HAI_CHAU"), Scope(role, unit));

        Assert.Empty(Actions(panel));
        Assert.Contains("Không có thao tác nào", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_prefill_the_acknowledgement_with_the_unit_the_code_and_the_due_date()
    {
        var item = Assigned("UBND_P_HAI_CHAU");

        var panel = Render(item, Scope(StaffRoles.Officer, "UBND_P_HAI_CHAU"));

        var text = panel.Find("textarea").GetAttribute("value") ?? panel.Find("textarea").TextContent;
        Assert.Contains("Ủy ban nhân dân phường Hải Châu", text, StringComparison.Ordinal);
        Assert.Contains(item.TrackingCode, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_offer_approve_and_return_with_the_draft_when_the_head_of_the_unit_sees_a_pending_answer()
    {
        var item = Assigned("SO_XAY_DUNG");
        item.SubmitAnswerForApproval("Ngày 21/11 Đội duy tu đã sửa ổ gà.", "staff:canbo.xaydung", At.AddHours(2));

        var panel = Render(item, Scope(StaffRoles.UnitHead, "SO_XAY_DUNG"));

        Assert.Contains("approve-answer", Actions(panel));
        Assert.Contains("return-answer", Actions(panel));
        Assert.Equal("Ngày 21/11 Đội duy tu đã sửa ổ gà.", panel.Find("[data-testid=draft-answer]").TextContent);
    }

    [Fact]
    public void Should_say_the_answer_waits_without_offering_approval_when_an_officer_sees_a_pending_answer()
    {
        var item = Assigned("SO_XAY_DUNG");
        item.SubmitAnswerForApproval("Ngày 21/11 Đội duy tu đã sửa ổ gà.", "staff:canbo.xaydung", At.AddHours(2));

        var panel = Render(item, Scope(StaffRoles.Officer, "SO_XAY_DUNG"));

        Assert.NotNull(panel.Find("[data-testid=approval-pending]"));
        Assert.DoesNotContain("approve-answer", Actions(panel));
    }

    [Fact]
    public void Should_render_the_heads_comment_as_text_when_an_answer_was_returned()
    {
        var item = Assigned("SO_XAY_DUNG");
        item.SubmitAnswerForApproval("Ngày 21/11 Đội duy tu đã sửa ổ gà.", "staff:canbo.xaydung", At.AddHours(2));
        item.ReturnAnswer("<script>alert(1)</script> Ghi rõ ngày", "staff:truong.xaydung", At.AddHours(3));

        var panel = Render(item, Scope(StaffRoles.Officer, "SO_XAY_DUNG"));

        Assert.Contains("&lt;script&gt;", panel.Find("[data-testid=approval-returned]").InnerHtml, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("[data-testid=approval-returned] script"));
    }

    [Fact]
    public void Should_offer_approve_and_decline_when_the_head_sees_a_requested_extension()
    {
        var item = Assigned("SO_XAY_DUNG");
        item.RequestExtension("Chờ vật tư", At.AddDays(15), "staff:canbo.xaydung", At.AddHours(2));

        var head = Actions(Render(item, Scope(StaffRoles.UnitHead, "SO_XAY_DUNG")));
        var officer = Actions(Render(item, Scope(StaffRoles.Officer, "SO_XAY_DUNG")));

        Assert.Contains("approve-extension", head);
        Assert.Contains("decline-extension", head);
        Assert.DoesNotContain("approve-extension", officer);
        Assert.DoesNotContain("request-extension", officer);
    }

    [Fact]
    public void Should_offer_to_blur_a_photo_to_moderators_only()
    {
        var item = Assigned("SO_XAY_DUNG");
        item.AddAttachment(new Attachment { FileName = "anh.jpg", ContentType = "image/jpeg", StorageKey = "2026/11/a.jpg", AddedAt = At });
        item.AddAttachment(new Attachment { FileName = "bien-ban.pdf", ContentType = "application/pdf", StorageKey = "2026/11/b.pdf", AddedAt = At, Evidence = true });
        item.Acknowledge("staff:canbo.xaydung", At.AddHours(1));
        item.Respond("Ngày 21/11 Đội duy tu đã sửa ổ gà.", "staff:canbo.xaydung", At.AddHours(2));

        var head = Render(item, Scope(StaffRoles.UnitHead, "SO_XAY_DUNG"));
        var officer = Actions(Render(item, Scope(StaffRoles.Officer, "SO_XAY_DUNG")));

        // One offer, on the photo's row; the PDF has none.
        Assert.Single(head.FindAll("[data-action=blur-file]"));
        Assert.Single(head.FindAll($"[data-attachment='{item.Attachments[0].Id}'] [data-action=blur-file]"));
        Assert.DoesNotContain("blur-file", officer);
    }

    [Fact]
    public void Should_ask_a_moderator_to_confirm_before_removing_a_blur_and_offer_it_to_no_one_else()
    {
        var item = Assigned("SO_XAY_DUNG");
        item.AddAttachment(new Attachment { FileName = "anh.jpg", ContentType = "image/jpeg", StorageKey = "2026/11/a.jpg", AddedAt = At, PublicStorageKey = "2026/11/a-mo.jpg" });
        item.AddAttachment(new Attachment { FileName = "anh-2.jpg", ContentType = "image/jpeg", StorageKey = "2026/11/c.jpg", AddedAt = At });
        item.Acknowledge("staff:canbo.xaydung", At.AddHours(1));
        item.Respond("Ngày 21/11 Đội duy tu đã sửa ổ gà.", "staff:canbo.xaydung", At.AddHours(2));

        var head = Render(item, Scope(StaffRoles.UnitHead, "SO_XAY_DUNG"));
        var officer = Actions(Render(item, Scope(StaffRoles.Officer, "SO_XAY_DUNG")));
        var stranger = Actions(Render(item, Scope(StaffRoles.UnitHead, "SO_Y_TE")));

        // Only the blurred photo has the offer.
        Assert.Single(head.FindAll($"[data-attachment='{item.Attachments[0].Id}'] [data-action=unblur-file]"));
        Assert.Single(head.FindAll("[data-action=unblur-file]"));
        Assert.DoesNotContain("unblur-file", officer);
        Assert.DoesNotContain("unblur-file", stranger);

        head.Find("[data-action=unblur-file]").Click();
        Assert.Contains("Ảnh gốc có thể có khuôn mặt, biển số xe, giấy tờ hoặc thông tin cá nhân khác.", head.Find("[data-testid=unblur-confirm]").TextContent, StringComparison.Ordinal);
        Assert.True(head.Find("[data-action=confirm-unblur]").HasAttribute("disabled"));
        head.Find("input[data-testid=unblur-confirmed]").Change(true);
        Assert.False(head.Find("[data-action=confirm-unblur]").HasAttribute("disabled"));
    }

    private IRenderedComponent<ItemActionsPanel> Render(FeedbackItem item, StaffScope scope) =>
        _context.Render<ItemActionsPanel>(p => p
            .Add(c => c.View, new ItemView(item, null, "Ủy ban nhân dân phường Hải Châu", "Giao thông", "Phường Hải Châu", [], [new UnitOption("SO_Y_TE", "Sở Y tế")], [new FieldOption("GIAO_THONG", "Giao thông")], null))
            .Add(c => c.Scope, scope));

    private static List<string> Actions(IRenderedComponent<ItemActionsPanel> panel) =>
        [.. panel.FindAll("[data-action]").Select(e => e.GetAttribute("data-action")!)];

    private static FeedbackItem Assigned(string unit)
    {
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Đèn đường hỏng", null, "P_HAI_CHAU", null, null, null, new Contact(), At);
        item.Assign(unit, "GIAO_THONG", Severity.Normal, At.AddHours(24), At.AddDays(10), Actors.Routing, At);
        return item;
    }

    private static StaffScope Scope(string role, string? unit)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "test"), new(ClaimTypes.Role, role) };
        if (unit is not null)
        {
            claims.Add(new Claim(StaffClaims.Unit, unit));
        }

        return StaffScope.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
    }
}
