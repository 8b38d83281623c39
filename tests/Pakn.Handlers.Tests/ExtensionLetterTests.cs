using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;
using Pakn.Core.Sla;
using Pakn.Handlers.Letters;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

/// <summary>Extension requests through the staff service, and the apology letter an approval gives.</summary>
public class ExtensionLetterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static Task<ConsumerTestHost> StartAsync() => ConsumerTestHost.StartAsync(
        x => x.AddConsumer<IssueApologyLetterConsumer>(),
        s =>
        {
            s.AddOptions<WorkingCalendarOptions>();
            s.AddSingleton<WorkingCalendars>();
            s.AddOptions<LetterOptions>();
            s.AddScoped<SlaPolicies>();
            s.AddScoped<DeadlineExtensions>();
        });

    /// <summary>Received Monday 23/11/2026 08:00 by web chat, due Monday 7/12 17:00.</summary>
    private static async Task<FeedbackItem> StoreInProgressAsync(ConsumerTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PaknDbContext>();
        var policies = scope.ServiceProvider.GetRequiredService<SlaPolicies>();
        var at = host.Time.GetUtcNow();
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.WebChat, "Đèn đường hỏng", null, "P_HAI_CHAU", null, null, null,
            new Contact { Name = "Trần Thị B", Email = "tranthib@example.vn", ReplyAddress = "conv-42", Consent = true }, at);
        item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, await policies.NewTermsAsync(null, Severity.Normal, at, Ct), Actors.Routing, at);
        item.Acknowledge("officer", at.AddHours(1));
        db.Feedback.Add(item);
        await db.SaveChangesAsync(Ct);
        return item;
    }

    private static async Task<T> WithServiceAsync<T>(ConsumerTestHost host, Func<DeadlineExtensions, Task<T>> act)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<DeadlineExtensions>());
    }

    [Fact]
    public async Task Should_tell_the_citizen_in_their_channel_and_by_email_when_the_unit_acknowledges()
    {
        await using var host = await StartAsync();
        var item = await StoreInProgressAsync(host);

        var sent = await host.QueryAsync(db => db.Notifications.Where(n => n.FeedbackId == item.Id).ToListAsync(Ct));

        Assert.Equal([(NotificationChannels.DirectLine, "conv-42"), (NotificationChannels.Email, "tranthib@example.vn")],
            sent.Select(n => (n.Channel, n.Address)).Order());
        Assert.All(sent, n =>
        {
            Assert.Equal(($"/tra-cuu/{item.TrackingCode}", "citizen.acknowledged", RecipientKind.Citizen), (n.Link, n.Kind, n.RecipientKind));
            Assert.Contains("đã tiếp nhận xử lý", n.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Trần Thị B", n.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Should_issue_the_letter_with_the_units_reason_and_date_as_soon_as_the_head_approves()
    {
        await using var host = await StartAsync();
        var item = await StoreInProgressAsync(host);
        host.Time.Advance(TimeSpan.FromDays(7));

        var requested = await WithServiceAsync(host, s => s.RequestAsync(item.Id, "Chờ nhà cung cấp giao bộ điều khiển", new DateOnly(2026, 12, 14), "officer", Ct));
        var approved = await WithServiceAsync(host, s => s.ApproveAsync(item.Id, "truongphong", Ct));
        Assert.True(requested.Succeeded && approved.Succeeded);

        await using (var db = host.CreateContext())
        {
            var body = await db.OutboxMessages.Where(m => m.MessageType == typeof(ExtensionApproved).FullName).Select(m => m.Body).SingleAsync(Ct);
            var message = System.Text.Json.JsonSerializer.Deserialize<ExtensionApproved>(body, Json)!;
            Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 0, 0, Vietnam), message.MissedDueAt);
            await host.PublishAsync(message, Guid.NewGuid());
        }

        await host.WaitForConsumedAsync<ExtensionApproved>(1);

        var letter = await host.QueryAsync(db => db.ApologyLetters.SingleAsync(Ct));
        Assert.Equal(("Chờ nhà cung cấp giao bộ điều khiển", false, new DateTimeOffset(2026, 12, 14, 17, 0, 0, Vietnam)),
            (letter.Reason, letter.StandardReason, letter.NewDueAt));
        Assert.True(letter.IssuedAt < letter.MissedDueAt);
        using var stream = new MemoryStream(letter.Docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("Số: 01/PXL", text, StringComparison.Ordinal);
        Assert.Contains("Lý do: Chờ nhà cung cấp giao bộ điều khiển", text, StringComparison.Ordinal);
        Assert.Contains("hẹn trả lời vào ngày 14/12/2026", text, StringComparison.Ordinal);
        Assert.Contains("hẹn trả lời ngày 07/12/2026", text, StringComparison.Ordinal);

        var sent = await host.QueryAsync(db => db.Notifications.Where(n => n.Kind == "citizen.apologyletterissued").ToListAsync(Ct));
        Assert.Equal(2, sent.Count);
        Assert.All(sent, n => Assert.Contains("01/PXL", n.Body, StringComparison.Ordinal));
        Assert.Equal(0, await host.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == "letter.review", Ct)));
    }

    [Fact]
    public async Task Should_use_the_standard_reason_and_ask_the_head_to_review_when_the_unit_gave_none()
    {
        await using var host = await StartAsync();
        var item = await StoreInProgressAsync(host);
        await WithServiceAsync(host, s => s.RequestAsync(item.Id, null, new DateOnly(2026, 12, 14), "officer", Ct));
        Assert.Equal(1, await host.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == "extension.requested" && n.Role == StaffRoles.UnitHead, Ct)));

        // The head has not decided when the deadline passes: the breach gives the letter at once.
        host.Time.Advance(TimeSpan.FromDays(15));
        await host.PublishAsync(new SlaBreached(item.Id, item.TrackingCode, item.UnitCode, SlaClock.Resolution, item.ResolutionDueAt!.Value), Guid.NewGuid());
        await host.WaitForConsumedAsync<SlaBreached>(1);

        var letter = await host.QueryAsync(db => db.ApologyLetters.SingleAsync(Ct));
        Assert.True(letter.StandardReason);
        Assert.Equal(1, await host.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == "letter.review" && n.Role == StaffRoles.UnitHead, Ct)));
    }

    [Theory]
    [InlineData("2026-12-13", "Ngày hẹn mới phải là ngày làm việc.")]
    [InlineData("2026-12-04", "Ngày hẹn mới phải sau hạn giải quyết hiện tại.")]
    public async Task Should_refuse_a_bad_request_with_a_vietnamese_message_and_change_nothing(string date, string message)
    {
        await using var host = await StartAsync();
        var item = await StoreInProgressAsync(host);

        var result = await WithServiceAsync(host, s => s.RequestAsync(item.Id, "Lý do", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "officer", Ct));

        Assert.Equal((false, message), (result.Succeeded, result.Error));
        Assert.Equal(ExtensionState.None, await host.QueryAsync(db => db.Feedback.Where(f => f.Id == item.Id).Select(f => f.ExtensionState).SingleAsync(Ct)));
        Assert.Equal(0, await host.QueryAsync(db => db.OutboxMessages.CountAsync(Ct)));
    }
}
