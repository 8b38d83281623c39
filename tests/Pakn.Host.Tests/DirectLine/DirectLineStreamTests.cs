using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>The WebSocket stream: what Web Chat uses by default.</summary>
public sealed class DirectLineStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_push_the_echo_and_the_answer_over_the_stream_and_resume_after_the_watermark()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();
        await conversation.SayAsync("tin đầu", "s1");

        using (var socket = await ConnectAsync(host.Factory, conversation.StreamUrl))
        {
            var backlog = await ReceiveAsync(socket, 2);
            Assert.Equal("2", backlog.Watermark);

            await conversation.SayAsync("tin thứ hai", "s2");
            var pushed = await ReceiveAsync(socket, 2);
            Assert.Equal(["tin thứ hai", "Bạn vừa nói: tin thứ hai"], pushed.Activities.Select(a => a.GetProperty("text").GetString()));
            Assert.Equal("4", pushed.Watermark);

            // directlinejs pings with empty messages; they are read and ignored.
            await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, Ct);
        }

        await conversation.SayAsync("tin thứ ba", "s3");
        using var resumed = await ConnectAsync(host.Factory, conversation.StreamUrl + "&watermark=4");
        var missed = await ReceiveAsync(resumed, 2);
        Assert.Equal("tin thứ ba", missed.Activities[0].GetProperty("text").GetString());
        Assert.Equal("6", missed.Watermark);
    }

    [Fact]
    public async Task Should_deliver_over_one_host_s_stream_what_another_host_process_stored()
    {
        var shared = Path.Combine(Path.GetTempPath(), $"pakn-dl-shared-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?>
        {
            ["Pakn:DataDirectory"] = shared,
            ["Pakn:DirectLine:StreamPollInterval"] = "00:00:00.2",
        };
        try
        {
            await using var first = new DirectLineHost(settings);
            var conversation = await first.StartAsync();
            await using var second = new DirectLineHost(settings);
            var throughSecond = conversation with { Client = second.Client(conversation.Token) };

            using var socket = await ConnectAsync(first.Factory, conversation.StreamUrl);
            await throughSecond.SayAsync("gửi qua máy thứ hai", "x1");

            var pushed = await ReceiveAsync(socket, 2);
            Assert.Equal("gửi qua máy thứ hai", pushed.Activities[0].GetProperty("text").GetString());
            Assert.Single(second.Engine.Turns);
            Assert.Empty(first.Engine.Turns);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(shared, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    private static async Task<WebSocket> ConnectAsync(WebApplicationFactory<Program> factory, string streamUrl) =>
        await factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), Ct);

    /// <summary>Reads stream messages until <paramref name="count"/> activities arrived (ten seconds at most).</summary>
    private static async Task<(List<JsonElement> Activities, string Watermark)> ReceiveAsync(WebSocket socket, int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var activities = new List<JsonElement>();
        var watermark = "";
        var buffer = new byte[64 * 1024];
        while (activities.Count < count)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            var group = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            activities.AddRange(group.GetProperty("activities").EnumerateArray());
            watermark = group.GetProperty("watermark").GetString()!;
        }

        return (activities, watermark);
    }
}
