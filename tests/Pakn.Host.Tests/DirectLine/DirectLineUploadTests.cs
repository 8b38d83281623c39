using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>Uploads as directlinejs sends them: an <c>activity</c> part, then the files.</summary>
public sealed class DirectLineUploadTests
{
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static MultipartFormDataContent Upload(params (string Name, string ContentType, byte[] Content)[] files) => Upload("up-1", files);

    public static MultipartFormDataContent Upload(string clientActivityId, params (string Name, string ContentType, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent(
            $$$"""{"type":"message","from":{"id":"dl_citizen"},"text":"ảnh hiện trường","channelData":{"clientActivityID":"{{{clientActivityId}}}"}}""",
            Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity");
        foreach (var (name, contentType, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "file", name);
        }

        return form;
    }

    [Fact]
    public async Task Should_hand_an_uploaded_photo_to_the_engine_and_show_it_in_the_transcript()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        using var response = await conversation.Client.PostAsync($"{conversation.Path}/upload?userId=dl_citizen", Upload(("den-hong.png", "image/png", Png)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(host.Engine.Turns);
        var upload = Assert.Single(turn.Uploads!);
        Assert.Equal(("den-hong.png", "image/png"), (upload.FileName, upload.ContentType));
        Assert.Equal(Png, upload.Content.ToArray());
        Assert.Equal("ảnh hiện trường", turn.Text);

        var (activities, _) = await conversation.GetAsync();
        var echo = activities[0];
        Assert.Equal("up-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var attachment = Assert.Single(echo.GetProperty("attachments").EnumerateArray());
        var url = new Uri(attachment.GetProperty("contentUrl").GetString()!);
        var served = await host.Client().GetByteArrayAsync(url.PathAndQuery, Ct);
        Assert.Equal(Png, served);
        Assert.StartsWith("Đã nhận 1 tệp: den-hong.png", activities[1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("virus.jpg", "image/jpeg", "MZ-this-is-an-exe", HttpStatusCode.UnsupportedMediaType, "không được nhận")]
    [InlineData("script.html", "text/html", "<script>alert(1)</script>", HttpStatusCode.UnsupportedMediaType, "chỉ nhận ảnh")]
    [InlineData("rong.png", "image/png", "", HttpStatusCode.BadRequest, "rỗng")]
    public async Task Should_refuse_a_file_of_the_wrong_kind_in_vietnamese_and_store_nothing(
        string name, string contentType, string content, HttpStatusCode status, string message)
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        using var response = await conversation.Client.PostAsync($"{conversation.Path}/upload?userId=dl_citizen",
            Upload(("anh.png", "image/png", Png), (name, contentType, Encoding.UTF8.GetBytes(content))), Ct);

        Assert.Equal(status, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.Contains("Chưa có tệp nào được lưu", text, StringComparison.Ordinal);
        var explanation = await AssertNothingStoredAsync(host, conversation);
        Assert.Contains(name, explanation, StringComparison.Ordinal);
        Assert.Contains("chỉ nhận ảnh (JPG, PNG", explanation, StringComparison.Ordinal);
        Assert.Contains("không quá 10 MB", explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_file_over_the_size_limit_and_too_many_files_and_store_nothing()
    {
        await using var host = new DirectLineHost(new Dictionary<string, string?>
        {
            ["Pakn:DirectLine:MaxUploadBytes"] = "1048576",
            ["Pakn:DirectLine:MaxUploadFiles"] = "2",
        });
        var conversation = await host.StartAsync();
        var big = new byte[1048577];
        Png.CopyTo(big, 0);

        using var tooBig = await conversation.Client.PostAsync($"{conversation.Path}/upload?userId=dl_citizen", Upload(("lon.png", "image/png", big)), Ct);
        using var tooMany = await conversation.Client.PostAsync($"{conversation.Path}/upload?userId=dl_citizen",
            Upload("up-2", ("1.png", "image/png", Png), ("2.png", "image/png", Png), ("3.png", "image/png", Png)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Contains("lớn hơn 1 MB", await tooBig.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("tối đa 2 tệp", await tooMany.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var explanations = await BotMessagesAsync(conversation);
        Assert.Equal(2, explanations.Count);
        Assert.Contains("“lon.png” lớn hơn 1 MB", explanations[0], StringComparison.Ordinal);
        Assert.Contains("nhiều hơn 2 tệp", explanations[1], StringComparison.Ordinal);
        Assert.All(explanations, e => Assert.Contains("tối đa 2 tệp, mỗi tệp không quá 1 MB", e, StringComparison.Ordinal));
        Assert.Empty(host.Engine.Turns);
        await AssertNoFilesAsync(host);
    }

    [Fact]
    public async Task Should_explain_a_refused_upload_once_when_the_client_retries_it()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        for (var i = 0; i < 2; i++)
        {
            using var refused = await conversation.Client.PostAsync($"{conversation.Path}/upload?userId=dl_citizen",
                Upload(("virus.exe", "application/octet-stream", Encoding.UTF8.GetBytes("MZ"))), Ct);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        }

        Assert.Single(await BotMessagesAsync(conversation));
    }

    /// <summary>The refused files are not in the transcript or the database: only the bot's explanation is; returns it.</summary>
    private static async Task<string> AssertNothingStoredAsync(DirectLineHost host, Conversation conversation)
    {
        Assert.Empty(host.Engine.Turns);
        var explanation = Assert.Single(await BotMessagesAsync(conversation));
        Assert.Contains("Tệp chưa được lưu", explanation, StringComparison.Ordinal);
        await AssertNoFilesAsync(host);
        return explanation;
    }

    private static async Task<List<string>> BotMessagesAsync(Conversation conversation)
    {
        var (activities, _) = await conversation.GetAsync();
        Assert.All(activities, a => Assert.Equal("bot", a.GetProperty("from").GetProperty("role").GetString()));
        Assert.All(activities, a => Assert.False(a.TryGetProperty("attachments", out var files) && files.GetArrayLength() > 0));
        return [.. activities.Select(a => a.GetProperty("text").GetString()!)];
    }

    private static async Task AssertNoFilesAsync(DirectLineHost host)
    {
        using var scope = host.Factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PaknDbContext>().DirectLineAttachments.CountAsync(Ct));
    }
}
