using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Handlers.Letters;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

public class ApologyLetterTests
{
    private static readonly LetterOptions Options = new();
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Missed = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    private static LetterContent Sample(string? name = "Nguyễn Văn A") => LetterContent.Compose(
        Options, "Ủy ban nhân dân phường Hải Châu", "07/PXL", name, "PA-7K4M-9XQ2",
        Received, Missed, new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), Options.StandardReason,
        new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Should_write_a_docx_with_the_official_layout_when_rendered()
    {
        using var stream = new MemoryStream(LetterRenderer.Docx(Sample()));
        using var document = WordprocessingDocument.Open(stream, false);

        var body = document.MainDocumentPart!.Document.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Equal(2, body.Elements<Table>().Count());
        Assert.Contains("UBND THÀNH PHỐ ĐÀ NẴNG", text, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU", text, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("Số: 07/PXL", text, StringComparison.Ordinal);
        Assert.Contains("Đà Nẵng, ngày 23 tháng 11 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains(LetterContent.Title, text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: Ông/Bà Nguyễn Văn A.", text, StringComparison.Ordinal);
        Assert.Contains("mã số PA-7K4M-9XQ2, ngày 02/11/2026; hẹn trả lời ngày 16/11/2026", text, StringComparison.Ordinal);
        Assert.Contains("hẹn trả lời vào ngày 30/11/2026", text, StringComparison.Ordinal);
        Assert.Contains("Lý do: " + Options.StandardReason, text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
        Assert.Contains("THỦ TRƯỞNG ĐƠN VỊ", text, StringComparison.Ordinal);
        Assert.NotNull(body.GetFirstChild<SectionProperties>()?.GetFirstChild<PageSize>());
    }

    [Fact]
    public void Should_encode_what_the_citizen_wrote_in_the_print_view()
    {
        var html = LetterRenderer.Html(Sample("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("PHIẾU XIN LỖI", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_address_the_filer_politely_when_no_name_was_given() =>
        Assert.Equal("Kính gửi: Ông/Bà gửi phản ánh, kiến nghị.", Sample(null).Addressee);

    private static Task<ConsumerTestHost> StartAsync() => ConsumerTestHost.StartAsync(
        x => x.AddConsumer<IssueApologyLetterConsumer>(),
        s =>
        {
            s.AddOptions<WorkingCalendarOptions>();
            s.AddSingleton<WorkingCalendars>();
            s.AddOptions<LetterOptions>();
        });

    private static async Task<FeedbackItem> StoreAssignedAsync(ConsumerTestHost host, string unit = "UBND_P_HAI_CHAU")
    {
        await using var db = host.CreateContext();
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Đèn đường hỏng", null, "P_HAI_CHAU",
            null, null, null, new Contact { Name = "Trần Thị B", Phone = "0905123456", Consent = true }, Received);
        item.Assign(unit, "DO_THI", Severity.Normal, Received.AddHours(24), Missed, Actors.Routing, Received);
        db.Feedback.Add(item);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return item;
    }

    private static SlaBreached Breach(FeedbackItem item, SlaClock clock = SlaClock.Resolution) =>
        new(item.Id, item.TrackingCode, item.UnitCode, clock, Missed);

    [Fact]
    public async Task Should_issue_one_numbered_letter_per_missed_deadline_even_when_told_twice()
    {
        await using var host = await StartAsync();
        var first = await StoreAssignedAsync(host);
        var second = await StoreAssignedAsync(host);

        await host.PublishAsync(Breach(first), Guid.NewGuid());
        await host.WaitForConsumedAsync<SlaBreached>(1);
        await host.PublishAsync(Breach(first), Guid.NewGuid());
        await host.PublishAsync(Breach(second), Guid.NewGuid());
        await host.WaitForConsumedAsync<SlaBreached>(3);

        var letters = await host.QueryAsync(db => db.ApologyLetters.OrderBy(l => l.Number).ToListAsync());
        Assert.Equal([first.Id, second.Id], letters.Select(l => l.FeedbackId));
        Assert.Equal(["01/PXL", "02/PXL"], letters.Select(l => l.NumberText));
        Assert.All(letters, l => Assert.True(l.StandardReason));
        Assert.All(letters, l => Assert.True(l.NewDueAt > l.IssuedAt));
        Assert.Contains("Trần Thị B", letters[0].Html, StringComparison.Ordinal);
        Assert.Equal(2, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == typeof(ApologyLetterIssued).FullName)));
    }

    [Fact]
    public async Task Should_number_each_unit_separately()
    {
        await using var host = await StartAsync();
        var haiChau = await StoreAssignedAsync(host);
        var health = await StoreAssignedAsync(host, "SO_Y_TE");

        await host.PublishAsync(Breach(haiChau), Guid.NewGuid());
        await host.PublishAsync(Breach(health), Guid.NewGuid());
        await host.WaitForConsumedAsync<SlaBreached>(2);

        var numbers = await host.QueryAsync(db => db.ApologyLetters.Select(l => new { l.UnitCode, l.Number }).ToListAsync());
        Assert.All(numbers, n => Assert.Equal(1, n.Number));
    }

    [Fact]
    public async Task Should_write_no_letter_when_only_the_first_response_was_late()
    {
        await using var host = await StartAsync();
        var item = await StoreAssignedAsync(host);

        await host.PublishAsync(Breach(item, SlaClock.FirstResponse), Guid.NewGuid());
        await host.WaitForConsumedAsync<SlaBreached>(1);

        Assert.Equal(0, await host.QueryAsync(db => db.ApologyLetters.CountAsync()));
    }
}
