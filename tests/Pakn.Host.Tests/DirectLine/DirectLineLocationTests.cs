using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>A location shared in web chat reaches the dialog as Zalo's does, and ends up on the item.</summary>
public sealed class DirectLineLocationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, object> Shapes => new()
    {
        {
            "Place entity", new
            {
                type = "message",
                from = new { id = "dl_citizen" },
                entities = new object[]
                {
                    new { type = "ClientCapabilities", requiresBotState = true },
                    new { type = "Place", address = "45 Nguyễn Văn Linh", geo = new { type = "GeoCoordinates", latitude = 16.0605, longitude = 108.2129 } },
                },
            }
        },
        {
            "GeoCoordinates entity", new
            {
                type = "message",
                from = new { id = "dl_citizen" },
                entities = new object[] { new { type = "GeoCoordinates", latitude = 16.0605, longitude = 108.2129 } },
            }
        },
        {
            "location attachment", new
            {
                type = "message",
                from = new { id = "dl_citizen" },
                attachments = new object[] { new { contentType = "location", content = new { geo = new { latitude = "16.0605", longitude = "108.2129" } } } },
            }
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Should_hand_a_shared_location_to_the_engine(string shape, object activity)
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        await conversation.PostAsync(activity);

        var turn = Assert.Single(host.Engine.Turns);
        Assert.NotNull(turn.Location);
        Assert.Equal((16.0605, 108.2129), (turn.Location.Latitude, turn.Location.Longitude));
        Assert.Equal(shape == "Place entity" ? "45 Nguyễn Văn Linh" : null, turn.Location.Address);
    }

    [Fact]
    public async Task Should_ignore_entities_that_carry_no_location()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        await conversation.PostAsync(new
        {
            type = "message",
            text = "xin chào",
            from = new { id = "dl_citizen" },
            entities = new object[] { new { type = "ClientCapabilities" }, new { type = "Place", name = "không có toạ độ" }, new { type = "GeoCoordinates", latitude = "a" } },
        });

        Assert.Null(Assert.Single(host.Engine.Turns).Location);
    }

    [Fact]
    public async Task Should_store_the_location_shared_in_web_chat_on_the_filed_item()
    {
        await using var host = new DirectLineHost(realEngine: true);
        var conversation = await host.StartAsync();
        var turn = 0;
        Task Say(string text) => conversation.SayAsync(text, $"c{++turn}");

        await Say("gửi phản ánh");
        await Say("Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm");
        await Say("Hải Châu");
        await conversation.PostAsync(new
        {
            type = "message",
            from = new { id = "dl_citizen" },
            entities = new object[] { new { type = "Place", geo = new { type = "GeoCoordinates", latitude = 16.0605, longitude = 108.2129 } } },
            channelData = new { clientActivityID = "loc" },
        });
        foreach (var answer in new[] { "đúng", "Nguyễn Văn An", "0905 123 456", "bỏ qua", "gửi" })
        {
            await Say(answer);
        }

        var (activities, _) = await conversation.GetAsync();
        Assert.Contains(activities, a => a.TryGetProperty("text", out var text) && text.GetString()!.Contains("Đã ghi nhận vị trí", StringComparison.Ordinal));
        using var scope = host.Factory.Services.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Feedback.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((16.0605, 108.2129), (item.Latitude, item.Longitude));
    }
}
