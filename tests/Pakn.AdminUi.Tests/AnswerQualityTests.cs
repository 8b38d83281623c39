using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>Vague or evasive answers are held back with the reasons; the officer may send anyway with a note.</summary>
public sealed class AnswerQualityTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string Concrete = "Ngày 21/11/2026 Đội quản lý đô thị phường Hải Châu đã kiểm tra và đã lập biên bản yêu cầu hộ kinh doanh tháo dỡ mái che lấn chiếm vỉa hè.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Đã chuyển cơ quan chức năng xem xét.")]
    [InlineData("UBND phường ghi nhận ý kiến và sẽ xem xét giải quyết theo quy định trong thời gian sớm nhất có thể.")]
    [InlineData("Da chuyen co quan chuc nang")]
    public void Should_flag_an_answer_when_it_says_nothing_concrete(string answer)
    {
        Assert.NotEmpty(AnswerQuality.Check(answer));
    }

    [Theory]
    [InlineData(Concrete)]
    [InlineData("Ngay 21/11 doi quan ly chieu sang da thay bong den tai kiet 45 Nguyen Van Linh, den da sang tro lai.")]
    public void Should_pass_an_answer_when_it_names_action_date_and_who(string answer)
    {
        Assert.Empty(AnswerQuality.Check(answer));
    }

    [Fact]
    public async Task Should_hold_back_a_vague_answer_with_reasons_and_send_it_when_a_note_is_given()
    {
        var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU");
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        using var services = factory.Services.CreateScope();
        var actions = services.ServiceProvider.GetRequiredService<ItemActions>();

        var held = await actions.RespondAsync(scope, code, "Đã chuyển cơ quan chức năng xem xét.", Ct);
        var stateAfterHeld = (await Items.ReadAsync(factory, code)).State;
        var sent = await actions.RespondAsync(scope, code, "Đã chuyển cơ quan chức năng xem xét.", "Người dân chỉ cần biết đã chuyển; sẽ trả lời bổ sung", Ct);

        Assert.False(held.Succeeded);
        Assert.Contains(held.Warnings, w => w.Contains("chung chung", StringComparison.Ordinal));
        Assert.Equal(FeedbackState.Assigned, stateAfterHeld);
        Assert.True(sent.Succeeded, sent.Message);
        var db = services.ServiceProvider.GetRequiredService<PaknDbContext>();
        var item = await db.Feedback.Include(f => f.Audit).SingleAsync(f => f.TrackingCode == code, Ct);
        Assert.Equal(FeedbackState.Answered, item.State);
        Assert.Contains(item.Audit, a => a.ToState == FeedbackState.Answered && a.Note!.Contains("sẽ trả lời bổ sung", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_send_a_concrete_answer_at_once()
    {
        var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU");
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        using var services = factory.Services.CreateScope();

        var outcome = await services.ServiceProvider.GetRequiredService<ItemActions>().RespondAsync(scope, code, Concrete, Ct);

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Warnings));
        Assert.Equal(FeedbackState.Answered, (await Items.ReadAsync(factory, code)).State);
    }
}
