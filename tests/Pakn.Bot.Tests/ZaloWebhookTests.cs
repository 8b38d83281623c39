using System.Net;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Feedback;

namespace Pakn.Bot.Tests;

public sealed class ZaloWebhookTests : IAsyncLifetime
{
    private FakeZaloServer _zalo = null!;
    private ZaloHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _zalo = await FakeZaloServer.StartAsync();
        _host = new ZaloHost(_zalo);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zalo.DisposeAsync();
    }

    [Fact]
    public async Task Should_answer_a_signed_text_event_through_the_customer_service_api()
    {
        var response = await _host.PostAsync(_host.Text("u-100", "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await _zalo.WaitForAsync(s => s.UserId == "u-100"));
        Assert.Equal("cs", sent.Kind);
        Assert.Contains("Xin chào", sent.Text);
        Assert.Contains("“Gửi phản ánh”", sent.Text);
        Assert.Equal("token-1", sent.Token);
    }

    [Fact]
    public async Task Should_ignore_a_repeated_delivery_of_the_same_msg_id()
    {
        var body = _host.Text("u-101", "xin chào");

        var first = await _host.PostAsync(body);
        var second = await _host.PostAsync(body);
        await _host.WaitIdleAsync();

        Assert.Contains("accepted", await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("duplicate", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Single(_zalo.Sent, s => s.UserId == "u-101");
    }

    [Theory]
    [InlineData("mac=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    [InlineData("sha256=abc")]
    public async Task Should_refuse_an_event_without_a_valid_signature_and_change_nothing(string signature)
    {
        var response = await _host.PostAsync(_host.Text("u-102", "xin chào"), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("chữ ký", (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ToLowerInvariant());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Should_refuse_an_event_signed_with_another_secret()
    {
        var body = _host.Text("u-103", "xin chào");

        var response = await _host.PostAsync(body, ZaloHost.Sign(body, "wrong-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Should_refuse_a_body_changed_after_signing()
    {
        var body = _host.Text("u-104", "xin chào");
        var signature = ZaloHost.Sign(body);

        var response = await _host.PostAsync(body.Replace("u-104", "u-999", StringComparison.Ordinal), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Should_refuse_a_replayed_old_event_even_when_correctly_signed()
    {
        var body = ZaloHost.Event("user_send_text", "u-105", new { msg_id = "old-1", text = "xin chào" }, DateTimeOffset.UtcNow.AddHours(-2));

        var response = await _host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("quá hạn", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"app_id\":\"1234567890\",\"event_name\":\"user_send_text\"}")]
    public async Task Should_refuse_a_malformed_event_and_change_nothing(string body)
    {
        var response = await _host.PostAsync(body, "mac=00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Should_file_a_complete_item_from_zalo_with_the_user_id_as_reply_address()
    {
        const string user = "u-200";
        await _host.SayAsync(user, "gửi phản ánh");
        await _host.SayAsync(user, "Rác thải đổ trộm ở bãi đất trống cuối đường Trần Cao Vân mấy tuần nay, bốc mùi hôi thối");
        await _host.SayAsync(user, "thanh khe");
        await _host.SayAsync(user, "bỏ qua");
        await _host.SayAsync(user, "đúng");
        await _host.SayAsync(user, "Trần Thị Bình");
        await _host.SayAsync(user, "0935111222");
        var summary = await _host.SayAsync(user, "bỏ qua");
        Assert.Contains("“Gửi phản ánh”", summary);
        Assert.Contains("• Phường/xã: Phường Thanh Khê", summary);

        var done = await _host.SayAsync(user, "Gửi phản ánh");

        var item = await _host.QueryAsync(db => db.Feedback.SingleAsync());
        Assert.Contains(item.TrackingCode, done);
        Assert.Contains("https://pakn.example.vn/tra-cuu/" + item.TrackingCode, done);
        Assert.Equal(Channel.Zalo, item.Channel);
        Assert.Equal(user, item.Contact.ReplyAddress);
    }

    [Fact]
    public async Task Should_store_a_photo_sent_during_a_filing()
    {
        const string user = "u-201";
        _zalo.Media["den.jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 1, 2, 3]);
        await _host.SayAsync(user, "gửi phản ánh");

        var image = ZaloHost.Event("user_send_image", user, new
        {
            msg_id = "img-1",
            attachments = new[] { new { type = "image", payload = new { url = $"{_zalo.BaseUrl}/media/den.jpg", thumbnail = "" } } },
        });
        (await _host.PostAsync(image)).EnsureSuccessStatusCode();

        var sent = await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("Đã nhận 1 tệp", StringComparison.Ordinal));
        Assert.Single(sent);
    }

    [Fact]
    public async Task Should_store_a_document_and_refuse_a_program_sent_as_files()
    {
        const string user = "u-206";
        _zalo.Media["don.pdf"] = ("application/pdf", "%PDF-1.7 test"u8.ToArray());
        _zalo.Media["setup.exe"] = ("application/x-msdownload", "MZ\u0090\0"u8.ToArray());
        await _host.SayAsync(user, "gửi phản ánh");

        var file = ZaloHost.Event("user_send_file", user, new
        {
            msg_id = "file-1",
            attachments = new[]
            {
                new { type = "file", payload = new { url = $"{_zalo.BaseUrl}/media/don.pdf", name = "don-de-nghi.pdf", size = "13", type = "pdf" } },
                new { type = "file", payload = new { url = $"{_zalo.BaseUrl}/media/setup.exe", name = "setup.exe", size = "4", type = "exe" } },
            },
        });
        (await _host.PostAsync(file)).EnsureSuccessStatusCode();

        await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("Đã nhận 1 tệp: don-de-nghi.pdf", StringComparison.Ordinal));
        await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("“setup.exe” chưa được nhận", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_keep_one_users_quick_messages_in_order()
    {
        const string user = "u-207";
        await _host.SayAsync(user, "gửi phản ánh");

        (await _host.PostAsync(_host.Text(user, "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm"))).EnsureSuccessStatusCode();
        (await _host.PostAsync(_host.Text(user, "Hải Châu"))).EnsureSuccessStatusCode();

        await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("Địa chỉ cụ thể", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_not_fetch_a_file_from_a_host_that_is_not_zalos()
    {
        const string user = "u-202";
        await _host.SayAsync(user, "gửi phản ánh");

        var image = ZaloHost.Event("user_send_image", user, new
        {
            msg_id = "img-2",
            attachments = new[] { new { type = "image", payload = new { url = "http://169.254.169.254/latest/meta-data", thumbnail = "" } } },
        });
        (await _host.PostAsync(image)).EnsureSuccessStatusCode();

        var sent = await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("chưa tải được", StringComparison.Ordinal));
        Assert.Single(sent);
    }

    [Fact]
    public async Task Should_take_a_location_event_as_the_address_and_store_it_on_the_item()
    {
        const string user = "u-203";
        await _host.SayAsync(user, "gửi phản ánh");
        await _host.SayAsync(user, "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm");
        await _host.SayAsync(user, "Hải Châu");

        var location = ZaloHost.Event("user_send_location", user, new
        {
            msg_id = "loc-1",
            attachments = new[] { new { type = "location", payload = new { coordinates = new { latitude = "16.0605", longitude = "108.2129" } } } },
        });
        (await _host.PostAsync(location)).EnsureSuccessStatusCode();

        await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("lĩnh vực", StringComparison.Ordinal));
        foreach (var answer in new[] { "đúng", "Nguyễn Văn An", "0905 123 456", "bỏ qua", "gửi" })
        {
            await _host.SayAsync(user, answer);
        }

        await _zalo.WaitForAsync(s => s.UserId == user && s.Text.Contains("Mã phản ánh", StringComparison.Ordinal));
        var item = Assert.Single(await _host.QueryAsync(db => db.Feedback.AsNoTracking().ToListAsync()));
        Assert.Equal((16.0605, 108.2129), (item.Latitude, item.Longitude));
    }

    [Fact]
    public async Task Should_greet_a_new_follower()
    {
        (await _host.PostAsync(ZaloHost.Event("follow", "u-204", null))).EnsureSuccessStatusCode();

        var sent = Assert.Single(await _zalo.WaitForAsync(s => s.UserId == "u-204"));
        Assert.Contains("Xin chào", sent.Text);
    }

    [Fact]
    public async Task Should_refresh_a_refused_access_token_once_and_send_with_the_new_one()
    {
        _ = _host.Http;
        _zalo.ValidToken = "rotated-elsewhere";

        (await _host.PostAsync(_host.Text("u-205", "xin chào"))).EnsureSuccessStatusCode();

        var sent = Assert.Single(await _zalo.WaitForAsync(s => s.UserId == "u-205"));
        Assert.Equal("token-2", sent.Token);
        Assert.Equal(["refresh-1"], _zalo.Refreshes.ToArray());
    }

    private async Task AssertNothingStoredAsync()
    {
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Equal(0, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await _host.QueryAsync(db => db.ProcessedMessages.CountAsync()));
        Assert.Equal(0, await _host.QueryAsync(db => db.Conversations.CountAsync()));
        Assert.Empty(_zalo.Sent);
    }
}
