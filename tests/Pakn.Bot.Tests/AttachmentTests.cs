using Pakn.Bot.Conversations;
using Pakn.Core.Attachments;

namespace Pakn.Bot.Tests;

public sealed class AttachmentTests : IDisposable
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1];
    private static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ\n"u8.ToArray();

    private readonly ChatHarness _chat = new();

    [Fact]
    public async Task Should_store_photos_and_documents_and_attach_them_to_the_filed_item()
    {
        await _chat.SendAsync("gửi phản ánh");
        var received = await _chat.SendAsync(null, uploads: [new("den-hong.jpg", "image/jpeg", Jpeg), new("don.pdf", "application/pdf", Pdf)]);
        Assert.Contains("Đã nhận 2 tệp", received.Text());

        await _chat.SendAsync("Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm");
        await _chat.SendAsync("Hải Châu");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("đúng");
        await _chat.SendAsync("Nguyễn Văn An");
        await _chat.SendAsync("0905123456");
        var summary = await _chat.SendAsync("bỏ qua");
        Assert.Contains("den-hong.jpg", summary.Text());
        await _chat.SendAsync("gửi");

        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Equal(["den-hong.jpg", "don.pdf"], item.Attachments.Select(a => a.FileName).Order().ToArray());
        var store = (AttachmentStore)_chat.Services.GetService(typeof(AttachmentStore))!;
        await using var stored = store.Open(item.Attachments.Single(a => a.FileName == "don.pdf").StorageKey);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(Pdf, copy.ToArray());
    }

    [Fact]
    public async Task Should_refuse_a_file_over_the_size_limit_with_a_clear_message_and_store_nothing()
    {
        _chat.Settings["Pakn:Bot:MaxAttachmentBytes"] = "1024";
        _chat.Restart();
        await _chat.SendAsync("gửi phản ánh");
        var big = new byte[2048];
        Jpeg.CopyTo(big, 0);

        var replies = await _chat.SendAsync(null, uploads: [new("anh-lon.jpg", "image/jpeg", big)]);

        Assert.Contains("quá lớn", replies.Text());
        Assert.False(Directory.Exists(Path.Combine(_chat.DataDirectory, "attachments")));
    }

    [Theory]
    [InlineData("virus.exe", "application/x-msdownload")]
    [InlineData("anh.jpg", "image/jpeg")]
    [InlineData("trang.html", "text/html")]
    public async Task Should_refuse_a_wrong_type_or_a_disguised_file_and_store_nothing(string name, string type)
    {
        await _chat.SendAsync("gửi phản ánh");

        var replies = await _chat.SendAsync(null, uploads: [new(name, type, "MZ\u0090\0<html>"u8.ToArray())]);

        Assert.Contains("chỉ nhận ảnh", replies.Text());
        Assert.False(Directory.Exists(Path.Combine(_chat.DataDirectory, "attachments")));
    }

    [Fact]
    public async Task Should_delete_stored_files_when_the_form_is_cancelled()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync(null, uploads: [new("a.jpg", "image/jpeg", Jpeg)]);

        await _chat.SendAsync("hủy");

        Assert.Empty(Directory.GetFiles(Path.Combine(_chat.DataDirectory, "attachments"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Should_not_keep_a_file_sent_outside_a_form()
    {
        var replies = await _chat.SendAsync(null, uploads: [new("a.jpg", "image/jpeg", Jpeg)]);

        Assert.Contains("chưa được lưu", replies.Text());
        Assert.False(Directory.Exists(Path.Combine(_chat.DataDirectory, "attachments")));
    }

    [Fact]
    public async Task Should_take_a_shared_location_as_the_address()
    {
        await _chat.SendAsync("gửi phản ánh");
        await _chat.SendAsync("Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm");
        await _chat.SendAsync("Hải Châu");
        var next = await _chat.SendAsync(null, location: new ChatLocation(16.0605, 108.2129, "45 Nguyễn Văn Linh, Hải Châu"));
        Assert.Contains("lĩnh vực", next.Text());

        await _chat.SendAsync("đúng");
        await _chat.SendAsync("Nguyễn Văn An");
        await _chat.SendAsync("0905123456");
        await _chat.SendAsync("bỏ qua");
        await _chat.SendAsync("gửi");
        var item = Assert.Single(await _chat.ItemsAsync());
        Assert.Equal(16.0605, item.Latitude);
        Assert.Equal("45 Nguyễn Văn Linh, Hải Châu", item.Address);
    }

    public void Dispose() => _chat.Dispose();
}
