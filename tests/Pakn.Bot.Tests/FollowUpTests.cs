using Microsoft.EntityFrameworkCore;
using Pakn.Core.Feedback;

namespace Pakn.Bot.Tests;

public sealed class FollowUpTests : IDisposable
{
    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task Should_show_state_unit_and_due_time_when_the_citizen_looks_the_code_up()
    {
        var code = await FileAndAssignAsync();

        var replies = await _chat.SendAsync($"tra cứu {code.ToLowerInvariant()}");

        Assert.Contains(FeedbackStateNames.Label(FeedbackState.Assigned), replies.Text());
        Assert.Contains("Sở Xây dựng", replies.Text());
        Assert.Contains("Hạn giải quyết", replies.Text());
        Assert.DoesNotContain("0905123456", replies.Text());
        Assert.Contains($"/tra-cuu/{code}", replies.Single(r => r.Card is not null).Card!.Link);
    }

    [Fact]
    public async Task Should_look_up_the_code_sent_alone_or_asked_for()
    {
        var code = await FileAndAssignAsync();

        Assert.Contains("Sở Xây dựng", (await _chat.SendAsync(code)).Text());
        var ask = await _chat.SendAsync("tra cuu");
        Assert.Contains("mã phản ánh", ask.Text());
        Assert.Contains("Sở Xây dựng", (await _chat.SendAsync(code.Replace("-", " ", StringComparison.Ordinal))).Text());
    }

    [Fact]
    public async Task Should_say_so_when_the_code_is_unknown_or_mistyped()
    {
        var ask = await _chat.SendAsync("tra cứu");
        Assert.Contains("mã phản ánh", ask.Text());

        var wrong = await _chat.SendAsync("PA-AAAA-AAAA");
        Assert.Contains("chưa đúng", wrong.Text());
    }

    [Fact]
    public async Task Should_show_the_published_answer()
    {
        var code = await FileAndAssignAsync();
        await ChangeAsync(code, (item, at) =>
        {
            item.Respond("Đã thay bóng đèn ngày 24/11.", "officer", at);
            item.Publish("officer", at);
        });

        var replies = await _chat.SendAsync($"tra cứu {code}");

        Assert.Contains("Đã thay bóng đèn ngày 24/11.", replies.Text());
        Assert.Contains("Đánh giá", replies.Titles());
        Assert.Contains("Mở lại", replies.Titles());
    }

    [Fact]
    public async Task Should_add_requested_information_to_an_item_waiting_for_it()
    {
        var code = await FileAndAssignAsync();
        await ChangeAsync(code, (item, at) =>
        {
            item.Acknowledge("officer", at);
            item.RequestInformation("Đề nghị cho biết số nhà gần nhất.", "officer", at);
        });

        var status = await _chat.SendAsync($"tra cứu {code}");
        Assert.Contains("Đề nghị cho biết số nhà gần nhất.", status.Text());
        var ask = await _chat.PressAsync(status, "Bổ sung thông tin");
        Assert.Contains("thông tin cần bổ sung", ask.Text());
        var done = await _chat.SendAsync("Gần nhà số 47, đối diện tiệm tạp hóa");

        Assert.Contains("Đã gửi thông tin bổ sung", done.Text());
        var item = await ItemAsync(code);
        Assert.Equal(FeedbackState.InProgress, item.State);
        Assert.Contains(item.Audit, a => a.Note != null && a.Note.Contains("Gần nhà số 47", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_refuse_additions_when_the_item_is_not_waiting_for_information()
    {
        var code = await FileAndAssignAsync();

        var replies = await _chat.SendAsync($"bổ sung {code}");

        Assert.Contains("không chờ bổ sung", replies.Text());
    }

    [Fact]
    public async Task Should_reopen_an_answered_item_with_a_reason_within_the_window()
    {
        var code = await FileAndAnswerAsync();

        var ask = await _chat.SendAsync($"mở lại {code}");
        Assert.Contains("Vì sao", ask.Text());
        var done = await _chat.SendAsync("Đèn vẫn chưa sáng, tối qua vẫn tối om");

        Assert.Contains("Đã mở lại", done.Text());
        var item = await ItemAsync(code);
        Assert.Equal(FeedbackState.InProgress, item.State);
        Assert.Contains(item.Audit, a => a.Note != null && a.Note.Contains("vẫn chưa sáng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_refuse_to_reopen_after_the_window_has_closed()
    {
        var code = await FileAndAnswerAsync();
        _chat.Time.Advance(TimeSpan.FromDays(31));

        var replies = await _chat.SendAsync($"mở lại {code}");

        Assert.Contains("quá thời hạn", replies.Text());
        Assert.Equal(FeedbackState.Answered, (await ItemAsync(code)).State);
    }

    [Fact]
    public async Task Should_record_the_rating_and_whether_the_problem_was_solved()
    {
        var code = await FileAndAnswerAsync();

        var ask = await _chat.SendAsync($"danh gia {code}");
        Assert.Contains("1 = rất không hài lòng", ask.Text());
        var solved = await _chat.SendAsync("4 sao");
        Assert.Contains("đã được giải quyết chưa", solved.Text());
        var done = await _chat.SendAsync("chua");

        Assert.Contains("Cảm ơn bạn đã đánh giá", done.Text());
        Assert.Contains("Mở lại", done.Titles());
        var item = await ItemAsync(code);
        Assert.Equal(4, item.Rating);
        Assert.False(item.ResolvedByCitizen);
        Assert.Equal(2, await _chat.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Should_ask_another_conversation_for_the_filers_phone_before_acting()
    {
        var code = await FileAndAnswerAsync();
        _chat.ConversationId = "another-conversation";

        var verify = await _chat.SendAsync($"đánh giá {code}");
        Assert.Contains("số điện thoại đã dùng", verify.Text());
        var wrong = await _chat.SendAsync("0911000000");
        Assert.Contains("không khớp", wrong.Text());
        var ok = await _chat.SendAsync("0905 123 456");
        Assert.Contains("hài lòng", ok.Text());
    }

    [Fact]
    public async Task Should_look_an_item_up_mid_form_without_losing_the_form()
    {
        var code = await FileAndAssignAsync();
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cống thoát nước trên đường Hoàng Diệu bị tắc, mưa xuống là ngập cả đoạn đường");

        var replies = await _chat.SendAsync($"tra cứu {code}");

        Assert.Contains("Sở Xây dựng", replies.Text());
        Assert.Contains("phường, xã nào", replies.Text());
    }

    private async Task<string> FileAndAssignAsync()
    {
        await _chat.FileAsync();
        var code = (await _chat.ItemsAsync()).Single().TrackingCode;
        await ChangeAsync(code, (item, at) => item.Assign("SO_XAY_DUNG", "DO_THI", Severity.Normal, at.AddHours(24), at.AddDays(10), "system:routing", at));
        return code;
    }

    private async Task<string> FileAndAnswerAsync()
    {
        var code = await FileAndAssignAsync();
        await ChangeAsync(code, (item, at) => item.Respond("Đã thay bóng đèn.", "officer", at));
        return code;
    }

    private async Task ChangeAsync(string code, Action<FeedbackItem, DateTimeOffset> change)
    {
        await using var db = _chat.Database.CreateContext();
        var item = await db.Feedback.SingleAsync(f => f.TrackingCode == code, TestContext.Current.CancellationToken);
        change(item, _chat.Time.GetUtcNow());
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private Task<FeedbackItem> ItemAsync(string code) =>
        _chat.QueryAsync(db => db.Feedback.Include(f => f.Audit).SingleAsync(f => f.TrackingCode == code));

    public void Dispose() => _chat.Dispose();
}
