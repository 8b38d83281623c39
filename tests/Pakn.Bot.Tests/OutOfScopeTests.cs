using Microsoft.EntityFrameworkCore;
using Pakn.Bot.Conversations;

namespace Pakn.Bot.Tests;

public sealed class OutOfScopeTests : IDisposable
{
    private readonly ChatHarness _chat = new();

    [Theory]
    [InlineData("Tôi muốn tố cáo ông Nguyễn Văn Bê cán bộ địa chính phường nhận hối lộ 50 triệu để cấp sổ đỏ sai")]
    [InlineData("toi to cao chu tich xa an tien cua dan trong du an lam duong")]
    public async Task Should_explain_where_a_denunciation_goes_and_neither_keep_nor_repeat_it(string text)
    {
        await _chat.SendAsync("gửi phản ánh");
        var replies = await _chat.SendAsync(text);

        Assert.Contains("Luật Tố cáo", replies.Text());
        Assert.DoesNotContain("Bê", replies.Text());
        Assert.DoesNotContain("hối lộ", replies.Text());
        Assert.DoesNotContain("an tien", replies.Text());
        Assert.Empty(await _chat.ItemsAsync());
        var state = await _chat.QueryAsync(db => db.Conversations.Select(c => c.State).SingleAsync());
        Assert.DoesNotContain("hối lộ", state);
        Assert.DoesNotContain("an tien", state);
    }

    [Fact]
    public async Task Should_explain_where_a_complaint_goes_and_let_the_citizen_file_it_as_feedback_anyway()
    {
        await _chat.SendAsync("gửi phản ánh");
        var replies = await _chat.SendAsync("Tôi khiếu nại quyết định xử phạt hành chính số 123 của UBND phường vì áp dụng sai mức phạt");

        Assert.Contains("Luật Khiếu nại", replies.Text());
        Assert.Contains("Vẫn gửi phản ánh", replies.Titles());
        var next = await _chat.PressAsync(replies, "Vẫn gửi phản ánh");
        Assert.Contains("phường, xã nào", next.Text());
    }

    [Fact]
    public async Task Should_recognise_a_denunciation_written_straight_away()
    {
        var replies = await _chat.SendAsync("tố cáo công an phường đánh người vô cớ tại trụ sở tối hôm qua");

        Assert.Contains("Luật Tố cáo", replies.Text());
        Assert.Empty(await _chat.ItemsAsync());
    }

    [Theory]
    [InlineData("xin chào", "Xin chào")]
    [InlineData("chao ad", "Xin chào")]
    [InlineData("cảm ơn nhiều", "Không có gì")]
    [InlineData("tks", "Không có gì")]
    [InlineData("dm ngu vcl", "lịch sự")]
    [InlineData("asdkjh qwpoeiu zxmcnb", "chưa hiểu")]
    [InlineData("ok", "chưa hiểu")]
    public async Task Should_answer_small_talk_politely_and_briefly(string text, string expected)
    {
        var replies = await _chat.SendAsync(text);

        Assert.Contains(expected, replies.Text());
        Assert.All(replies, r => Assert.True(r.Text.Length < 400));
        Assert.Empty(await _chat.ItemsAsync());
    }

    [Fact]
    public async Task Should_answer_a_greeting_mid_form_and_ask_the_same_question_again()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cống thoát nước trên đường Hoàng Diệu bị tắc, mưa xuống là ngập cả đoạn đường");
        var replies = await _chat.SendAsync("chào bạn");

        Assert.Contains("Chào bạn", replies.Text());
        Assert.Contains("phường, xã nào", replies.Text());
    }

    public void Dispose() => _chat.Dispose();
}
