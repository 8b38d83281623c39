using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Deliveries;
using Pakn.Core.Data;
using Pakn.Core.Notifications;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// Failed deliveries at /admin/gui-that-bai: each unit sees and retries its own; another unit's
/// message is neither listed nor retried (the same "not found" as a wrong id); a leader reads all and retries none.
/// </summary>
public sealed class FailedDeliveriesTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string Address = "0905777888";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_list_only_own_units_failures_with_reason_and_masked_address_when_officer_opens_the_page()
    {
        var (own, _) = await FailedAsync("UBND_P_HAI_CHAU", "Zalo từ chối: ngoài thời hạn trả lời miễn phí");
        var (other, _) = await FailedAsync("SO_XAY_DUNG", "Máy chủ thư từ chối địa chỉ");
        var client = await StaffSession.SignInAsync(factory, "canbo.haichau");

        var text = StaffSession.VisibleText(await client.GetStringAsync("/admin/gui-that-bai", Ct));

        Assert.Contains(own, text, StringComparison.Ordinal);
        Assert.Contains("Zalo từ chối: ngoài thời hạn trả lời miễn phí", text, StringComparison.Ordinal);
        Assert.Contains("•••888", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Address, text, StringComparison.Ordinal);
        Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Máy chủ thư từ chối địa chỉ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_and_leave_it_failed_when_officer_retries_another_units_message()
    {
        var (_, id) = await FailedAsync("SO_XAY_DUNG", "Máy chủ thư từ chối địa chỉ");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        var outcome = await RetryAsync(officer, id);

        Assert.Equal(FailedDeliveries.NotFound, outcome);
        Assert.Equal(NotificationState.Failed, await StateAsync(id));
    }

    [Fact]
    public async Task Should_queue_it_again_when_officer_retries_own_units_message()
    {
        var (_, id) = await FailedAsync("UBND_P_HAI_CHAU", "Hết thời gian chờ");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        var outcome = await RetryAsync(officer, id);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.NotEqual(NotificationState.Failed, await StateAsync(id));
    }

    [Fact]
    public async Task Should_list_every_unit_and_retry_any_when_person_is_coordinator()
    {
        var (first, _) = await FailedAsync("UBND_P_HAI_CHAU", "Hết thời gian chờ");
        var (second, id) = await FailedAsync("SO_XAY_DUNG", "Máy chủ thư từ chối địa chỉ");
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");

        IReadOnlyList<FailedDelivery> rows;
        using (var scope = factory.Services.CreateScope())
        {
            rows = await scope.ServiceProvider.GetRequiredService<FailedDeliveries>().ListAsync(coordinator, Ct);
        }

        Assert.Contains(rows, r => r.TrackingCode == first);
        Assert.Contains(rows, r => r.TrackingCode == second);
        Assert.True((await RetryAsync(coordinator, id)).Succeeded);
    }

    [Fact]
    public async Task Should_let_leader_read_but_not_retry()
    {
        var (code, id) = await FailedAsync("SO_XAY_DUNG", "Máy chủ thư từ chối địa chỉ");
        var client = await StaffSession.SignInAsync(factory, "lanhdao");
        var leader = await StaffSession.ScopeAsync(factory, "lanhdao");

        var text = StaffSession.VisibleText(await client.GetStringAsync("/admin/gui-that-bai", Ct));
        var outcome = await RetryAsync(leader, id);

        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.False(outcome.Succeeded);
        Assert.Equal(NotificationState.Failed, await StateAsync(id));
    }

    private async Task<Pages.Items.ActionOutcome> RetryAsync(AdminUi.Access.StaffScope person, Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FailedDeliveries>().RetryAsync(person, id, Ct);
    }

    private async Task<NotificationState> StateAsync(Guid id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Notifications.Where(n => n.Id == id).Select(n => n.State).SingleAsync(Ct);
    }

    /// <summary>A message to the citizen about an item of the unit, given up on after six attempts.</summary>
    private async Task<(string Code, Guid Id)> FailedAsync(string unit, string reason)
    {
        var code = await Items.AssignedAsync(factory, unit, "Đèn đường hỏng ở kiệt 12 Lê Lợi");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var item = await db.Feedback.SingleAsync(f => f.TrackingCode == code, Ct);
        var notification = new Notification
        {
            Kind = "citizen.acknowledged",
            FeedbackId = item.Id,
            TrackingCode = code,
            RecipientKind = RecipientKind.Citizen,
            Channel = NotificationChannels.Zalo,
            Address = Address,
            Subject = "Đã tiếp nhận phản ánh",
            Body = "Phản ánh của bạn đã được tiếp nhận.",
            State = NotificationState.Failed,
            Attempts = 6,
            CreatedAt = DateTimeOffset.UtcNow,
            NextAttemptAt = DateTimeOffset.UtcNow.AddYears(1),
            LastError = reason,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(Ct);
        return (code, notification.Id);
    }
}
