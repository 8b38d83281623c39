using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Notifications;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>A message to the citizen that could not be delivered is seen by whoever handles the item.</summary>
public sealed class DeliveryStatusTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_show_a_failed_delivery_to_the_citizen_on_the_item_page()
    {
        var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU", "Đèn đường hỏng ở kiệt 12 Lê Lợi");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var item = await db.Feedback.SingleAsync(f => f.TrackingCode == code, Ct);
            db.Notifications.Add(new Notification
            {
                Kind = "acknowledged",
                FeedbackId = item.Id,
                TrackingCode = code,
                RecipientKind = RecipientKind.Citizen,
                Channel = NotificationChannels.Zalo,
                Address = "zalo-user-123",
                Subject = "Đã tiếp nhận phản ánh",
                Body = "Phản ánh của bạn đã được tiếp nhận.",
                State = NotificationState.Failed,
                Attempts = 6,
                CreatedAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow,
                LastError = "Đã quá thời hạn trả lời miễn phí của Zalo",
            });
            await db.SaveChangesAsync(Ct);
        }

        var client = await StaffSession.SignInAsync(factory, "canbo.haichau");
        var text = StaffSession.VisibleText(await client.GetStringAsync($"/admin/phan-anh/{code}", Ct));

        Assert.Contains("Tin nhắn gửi người dân", text, StringComparison.Ordinal);
        Assert.Contains("gửi không thành công sau 6 lần", text, StringComparison.Ordinal);
        Assert.Contains("Đã quá thời hạn trả lời miễn phí của Zalo", text, StringComparison.Ordinal);
    }
}
