using Microsoft.EntityFrameworkCore;
using Pakn.Bot.Conversations;
using Pakn.Core.Feedback;

namespace Pakn.Bot.Tests;

public sealed class FilingDialogTests : IDisposable
{
    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task Should_greet_with_the_menu_when_a_conversation_starts()
    {
        var replies = await _chat.StartAsync();

        Assert.Contains("Xin chào", replies.Text());
        Assert.Contains("Gửi phản ánh", replies.Titles());
        Assert.Contains("Tra cứu phản ánh", replies.Titles());
    }

    [Fact]
    public async Task Should_file_the_item_with_channel_reply_address_and_tracking_code_when_the_citizen_confirms()
    {
        var replies = await _chat.FileAsync();

        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Contains(item.TrackingCode, replies.Text());
        Assert.Contains("trong vòng 24 giờ", replies.Text());
        Assert.Equal(Channel.WebChat, item.Channel);
        Assert.Equal(_chat.ConversationId, item.Contact.ReplyAddress);
        Assert.Equal("P_HAI_CHAU", item.AreaCode);
        Assert.Equal("Nguyễn Văn An", item.Contact.Name);
        Assert.Equal("0905123456", item.Contact.Phone);
        Assert.True(item.Contact.Consent);
        Assert.Equal(1, await _chat.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Should_show_a_summary_card_with_every_answer_before_filing()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Rác thải đổ trộm ở bãi đất trống cuối đường Trần Cao Vân mấy tuần nay, bốc mùi hôi thối");
        await _chat.SendAsync("thanh khe");
        await _chat.SendAsync("Cuối đường Trần Cao Vân");
        await _chat.SendAsync("đúng");
        await _chat.SendAsync("Trần Thị Bình");
        await _chat.SendAsync("0935111222");
        var summary = await _chat.SendAsync("binh@example.com");

        var card = Assert.Single(summary, m => m.Card is not null).Card!;
        var facts = card.Facts.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal("Phường Thanh Khê", facts["Phường/xã"]);
        Assert.Equal("Cuối đường Trần Cao Vân", facts["Địa chỉ"]);
        Assert.Equal("Trần Thị Bình", facts["Họ tên"]);
        Assert.Equal("0935111222", facts["Số điện thoại"]);
        Assert.Equal("binh@example.com", facts["Email"]);
        Assert.Contains("Gửi phản ánh", summary.Titles());
        Assert.Empty(await _chat.ItemsAsync());
    }

    [Fact]
    public async Task Should_understand_answers_without_diacritics_and_chat_shorthand()
    {
        await _chat.SendAsync("gui phan anh");
        await _chat.SendAsync("duong truoc nha e ngap nc ko di dc, xe may vs o to deu chet may, ko bit lam j");
        var area = await _chat.SendAsync("hoa cuong");
        Assert.Contains("Địa chỉ cụ thể", area.Text());
        await _chat.SendAsync("ko co");
        await _chat.SendAsync("dung roi");
        await _chat.SendAsync("Le Van Tam");
        await _chat.SendAsync("0987 654 321");
        await _chat.SendAsync("ko");
        await _chat.SendAsync("ok");

        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Equal("P_HOA_CUONG", item.AreaCode);
        Assert.Null(item.Address);
        Assert.Null(item.Contact.Email);
    }

    [Theory]
    [InlineData("hai chau")]
    [InlineData("Phường Hải Châu")]
    [InlineData("p. hải châu")]
    [InlineData("hai chua")]
    [InlineData("ở phường hải châu ạ")]
    [InlineData("ha\u200Bi ch\u200Cau")]
    public async Task Should_find_the_ward_when_typed_without_diacritics_or_with_typos(string typed)
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Vỉa hè bị lấn chiếm để bán hàng, người đi bộ phải đi xuống lòng đường");
        var replies = await _chat.SendAsync(typed);

        Assert.Contains("Địa chỉ cụ thể", replies.Text());
    }

    [Fact]
    public async Task Should_ask_again_with_choices_when_the_ward_is_unknown()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Vỉa hè bị lấn chiếm để bán hàng, người đi bộ phải đi xuống lòng đường");
        var replies = await _chat.SendAsync("Quận Tân Bình");

        Assert.Contains("chưa tìm thấy phường, xã", replies.Text());
        Assert.Contains("Hải Châu", replies.Titles());
    }

    [Fact]
    public async Task Should_propose_the_field_and_take_the_citizens_correction()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cột điện trước nhà số 12 đường Lê Duẩn nghiêng sắp đổ, dây điện võng sát mặt đất rất nguy hiểm");
        await _chat.SendAsync("Hải Châu");
        var proposal = await _chat.SendAsync("bỏ qua");
        Assert.Contains("thuộc lĩnh vực", proposal.Text());
        Assert.Contains("Đúng", proposal.Titles());
        Assert.Contains("Không rõ", proposal.Titles());

        var all = await _chat.PressAsync(proposal, "Lĩnh vực khác");
        var next = await _chat.PressAsync(all, "Giao thông");
        Assert.Contains("họ tên", next.Text());

        await _chat.SendAsync("Nguyễn Văn An");
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("gửi");
        Assert.Equal("GIAO_THONG", Assert.Single(await _chat.ItemsAsync()).FieldCode);
    }

    [Fact]
    public async Task Should_leave_the_field_to_staff_when_the_citizen_is_not_sure()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cột điện trước nhà số 12 đường Lê Duẩn nghiêng sắp đổ, dây điện võng sát mặt đất");
        await _chat.SendAsync("Hải Châu");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("Không rõ", "field:");
        await _chat.SendAsync("Nguyễn Văn An");
        await _chat.SendAsync("0905123456");
        var summary = await _chat.SendAsync("bỏ qua");

        Assert.Contains("Để cán bộ xác định", summary.Text());
        await _chat.SendAsync("gửi");
        Assert.Null(Assert.Single(await _chat.ItemsAsync()).FieldCode);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0212 345 678 9")]
    [InlineData("0123456789")]
    [InlineData("số của tôi")]
    public async Task Should_refuse_a_phone_that_is_not_a_vietnamese_mobile(string phone)
    {
        await GoToPhoneAsync();
        var replies = await _chat.SendAsync(phone);

        Assert.Contains("Số điện thoại chưa đúng", replies.Text());
        var accepted = await _chat.SendAsync("+84 905 123 456");
        Assert.Contains("Email", accepted.Text());
    }

    [Fact]
    public async Task Should_file_without_a_name_when_the_citizen_prefers_not_to_give_it()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cán bộ một cửa phường hẹn trả hồ sơ cấp giấy phép xây dựng đã quá hạn hai tuần");
        await _chat.SendAsync("Hải Châu");
        await _chat.SendAsync("bỏ qua");
        var ask = await _chat.SendAsync("đúng");
        Assert.Contains("không bao giờ được công khai", ask.Text());

        await _chat.PressAsync(ask, "Không nêu tên");
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("gửi");

        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Null(item.Contact.Name);
        Assert.Equal("0905123456", item.Contact.Phone);
    }

    [Fact]
    public async Task Should_go_back_one_question_and_keep_the_other_answers()
    {
        await GoToPhoneAsync();
        var back = await _chat.SendAsync("quay lại");
        Assert.Contains("họ tên", back.Text());

        await _chat.SendAsync("Phạm Minh Châu");
        await _chat.SendAsync("0905123456");
        var summary = await _chat.SendAsync("bỏ qua");
        Assert.Contains("Phạm Minh Châu", summary.Text());
        Assert.Contains("Phường Hải Châu", summary.Text());
    }

    [Fact]
    public async Task Should_change_one_answer_from_the_summary_and_return_to_it()
    {
        await GoToPhoneAsync();
        await _chat.SendAsync("0905123456");
        var summary = await _chat.SendAsync("bỏ qua");
        var menu = await _chat.PressAsync(summary, "Sửa thông tin");
        Assert.Contains("Phường/xã", menu.Titles());

        var ask = await _chat.PressAsync(menu, "Phường/xã");
        Assert.Contains("phường, xã nào", ask.Text());
        var again = await _chat.SendAsync("son tra");

        Assert.Contains("Phường Sơn Trà", again.Text());
        Assert.Contains("Xem lại phản ánh", again.Text());
        await _chat.SendAsync("gửi");
        Assert.Equal("P_SON_TRA", Assert.Single(await _chat.ItemsAsync()).AreaCode);
    }

    [Fact]
    public async Task Should_change_the_phone_when_asked_in_shorthand()
    {
        await GoToPhoneAsync();
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");
        var ask = await _chat.SendAsync("sua sdt");
        Assert.Contains("Số điện thoại di động", ask.Text());
        await _chat.SendAsync("0977000111");
        await _chat.SendAsync("gửi");

        Assert.Equal("0977000111", Assert.Single(await _chat.ItemsAsync()).Contact.Phone);
    }

    [Fact]
    public async Task Should_cancel_the_form_and_store_nothing()
    {
        await GoToPhoneAsync();
        var replies = await _chat.SendAsync("hủy");

        Assert.Contains("Đã hủy", replies.Text());
        await _chat.SendAsync("gửi");
        Assert.Empty(await _chat.ItemsAsync());
    }

    [Fact]
    public async Task Should_answer_a_question_in_passing_and_keep_the_form()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cống thoát nước trên đường Hoàng Diệu bị tắc, mưa xuống là ngập cả đoạn đường");
        var answer = await _chat.SendAsync("bao giờ có kết quả?");

        Assert.Contains("24 giờ", answer.Text());
        Assert.Contains("phường, xã nào", answer.Text());
        await _chat.SendAsync("Hải Châu");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("đúng");
        await _chat.SendAsync("Nguyễn Văn An");
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("gửi");
        Assert.Contains("Hoàng Diệu", Assert.Single(await _chat.ItemsAsync()).Content);
    }

    [Fact]
    public async Task Should_give_help_for_the_current_step_and_ask_it_again()
    {
        await _chat.SendAsync("gửi phản ánh");
        var help = await _chat.SendAsync("huong dan");

        Assert.Contains("quay lại", help.Text());
        Assert.Contains("mô tả sự việc", help.Text());
    }

    [Fact]
    public async Task Should_take_a_description_written_straight_away_as_the_content()
    {
        var replies = await _chat.SendAsync("Đường Nguyễn Tất Thành đoạn gần cầu Thuận Phước có ổ gà rất lớn, xe máy ngã liên tục");

        Assert.Contains("phường, xã nào", replies.Text());
    }

    [Fact]
    public async Task Should_keep_a_half_filled_form_across_a_host_restart()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Nhà hàng karaoke hát to sau 12 giờ đêm ngày nào cũng vậy, cả khu phố không ngủ được");
        await _chat.SendAsync("An Hải");

        _chat.Restart();
        var resume = await _chat.StartAsync();
        Assert.Contains("gửi dở", resume.Text());
        Assert.Contains("Địa chỉ cụ thể", resume.Text());

        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("đúng");
        await _chat.SendAsync("Nguyễn Văn An");
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("gửi");
        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Equal("P_AN_HAI", item.AreaCode);
        Assert.Contains("karaoke", item.Content);
    }

    [Fact]
    public async Task Should_answer_a_retried_turn_once_and_file_once()
    {
        await GoToPhoneAsync();
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");

        var first = await _chat.SendAsync("gửi", turnId: "confirm-1");
        var retry = await _chat.SendAsync("gửi", turnId: "confirm-1");

        Assert.NotEmpty(first);
        Assert.Empty(retry);
        Assert.Single(await _chat.ItemsAsync());
    }

    [Fact]
    public async Task Should_file_once_when_two_copies_of_a_turn_race()
    {
        await GoToPhoneAsync();
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");

        var copies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _chat.SendAsync("gửi", turnId: "race"))));

        Assert.Single(copies, c => c.Count > 0);
        Assert.Single(await _chat.ItemsAsync());
    }

    private async Task GoToPhoneAsync()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Cán bộ một cửa phường hẹn trả hồ sơ cấp giấy phép xây dựng đã quá hạn hai tuần");
        await _chat.SendAsync("Hải Châu");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("đúng");
        await _chat.SendAsync("Nguyễn Văn An");
    }

    public void Dispose() => _chat.Dispose();
}
