using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.DirectLine;
using Pakn.Core.Feedback;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// The web chat that created an item, on the item page: for those who handle it (the unit's
/// staff, the coordinator), never for readers or other units, and always as text.
/// </summary>
public sealed class TranscriptTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string Citizen = "Trần Thị Hội Thoại";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_show_the_chat_with_its_personal_data_when_an_officer_of_the_unit_opens_the_item()
    {
        var code = await FiledByChatAsync();
        var officer = await StaffSession.SignInAsync(factory, "canbo.haichau");

        var html = await officer.GetStringAsync($"/admin/phan-anh/{code}", Ct);
        var text = StaffSession.VisibleText(html);

        Assert.Contains("Hội thoại trên cổng", text, StringComparison.Ordinal);
        Assert.Contains($"Tôi tên {Citizen}, số 0912 345 678", text, StringComparison.Ordinal);
        Assert.Contains("Ông/Bà vui lòng cho biết phường/xã", text, StringComparison.Ordinal);
        Assert.Contains("Tệp: den-hong.jpg", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("webchat/join", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("canbo.xaydung")]
    [InlineData("truong.xaydung")]
    public async Task Should_show_no_chat_when_someone_who_does_not_handle_the_item_opens_it(string userName)
    {
        var code = await FiledByChatAsync();
        var client = await StaffSession.SignInAsync(factory, userName);

        var text = StaffSession.VisibleText(await client.GetStringAsync($"/admin/phan-anh/{code}", Ct));

        Assert.DoesNotContain("Hội thoại trên cổng", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Citizen, text, StringComparison.Ordinal);
        Assert.DoesNotContain("0912", text, StringComparison.Ordinal);
    }

    private async Task<string> FiledByChatAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var now = DateTimeOffset.UtcNow;
        var conversation = $"conv-{Guid.NewGuid():N}";
        db.DirectLineConversations.Add(new DirectLineConversation { Id = conversation, CreatedAt = now, LastSequence = 4, Started = true });
        var activities = new (bool Bot, object Body)[]
        {
            (false, new { type = "event", name = "webchat/join" }),
            (true, new { type = "message", text = "Ông/Bà vui lòng cho biết phường/xã nơi xảy ra sự việc." }),
            (false, new { type = "message", text = $"Tôi tên {Citizen}, số 0912 345 678. Đèn hỏng <script>alert(1)</script>",
                attachments = new[] { new { contentType = "image/jpeg", name = "den-hong.jpg" } } }),
            (true, new { type = "typing" }),
        };
        var sequence = 0;
        foreach (var (bot, body) in activities)
        {
            sequence++;
            db.DirectLineActivities.Add(new DirectLineActivity
            {
                ConversationId = conversation, Sequence = sequence, ActivityId = $"{conversation}|{sequence}", FromBot = bot,
                CreatedAt = now.AddSeconds(sequence), Body = JsonSerializer.Serialize(body),
            });
        }

        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.WebChat, "Đèn đường hỏng ở kiệt 12", null, "P_HAI_CHAU", null, null, null,
            new Contact { Name = Citizen, Phone = "0912 345 678", ReplyAddress = conversation }, now);
        item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, now.AddHours(24), now.AddDays(10), Actors.Routing, now);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(Ct);
        return item.TrackingCode;
    }
}
