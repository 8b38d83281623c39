using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Handlers.Publishing;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// Publishing after the answer: automatic after the configured delay (once, whatever the number
/// of processes), never for tố cáo or private items; moderators edit or hide with a recorded
/// reason and choose which photos go public.
/// </summary>
public sealed class PublishingWorkflowTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string HaiChau = "UBND_P_HAI_CHAU";
    private const string Answer = "Ngày 21/11/2026 Đội quản lý đô thị phường đã sửa đèn tại kiệt 45.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_publish_once_without_personal_data_when_two_publishers_sweep_after_the_delay()
    {
        var code = await AnsweredAsync($"Tôi là {Items.Name}, SĐT {Items.Phone}: đèn hỏng ở kiệt 45", $"Kính gửi ông {Items.Name}: " + Answer);
        var first = Publisher(TimeSpan.FromHours(49));
        var second = Publisher(TimeSpan.FromHours(49));

        await Task.WhenAll(first.PublishDueAsync(Ct), second.PublishDueAsync(Ct), first.PublishDueAsync(Ct));

        var item = await Items.ReadAsync(factory, code);
        var copies = await QueryAsync(db => db.PublishedAnswers.Where(p => p.FeedbackId == item.Id).ToListAsync(Ct));
        var entries = await QueryAsync(db => db.AuditEntries.CountAsync(a => a.FeedbackId == item.Id && a.ToState == FeedbackState.Published, Ct));
        Assert.Equal(FeedbackState.Published, item.State);
        Assert.Single(copies);
        Assert.Equal(1, entries);
        Assert.Equal(AutoPublisher.Actor, copies[0].PublishedBy);
        Assert.DoesNotContain(Items.Name, copies[0].Question + copies[0].Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", copies[0].Question + copies[0].Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_wait_until_the_delay_has_passed_since_the_answer()
    {
        var code = await AnsweredAsync("Vỉa hè hư hỏng ở đường Trần Phú", Answer);

        await Publisher(TimeSpan.FromHours(47)).PublishDueAsync(Ct);

        Assert.Equal(FeedbackState.Answered, (await Items.ReadAsync(factory, code)).State);
    }

    [Fact]
    public async Task Should_never_publish_a_to_cao_or_a_private_item_automatically_or_by_hand()
    {
        var denunciation = await Items.AssignedAsync(factory, HaiChau, "Tố cáo cán bộ phường nhận tiền", confidential: true);
        await Publishing.AnswerAsync(factory, denunciation, Answer);
        var kept = await AnsweredAsync("Nội dung liên quan riêng gia đình tôi", Answer);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var marked = await ActAsync(a => a.MarkPrivateAsync(coordinator, kept, "Người dân đề nghị không công khai", Ct));
        Assert.True(marked.Succeeded, marked.Message);

        await Publisher(TimeSpan.FromDays(30)).PublishDueAsync(Ct);
        var byHand = await ActAsync(a => a.PublishAsync(coordinator, kept, "Câu hỏi", "Trả lời", Ct));

        Assert.False(byHand.Succeeded);
        foreach (var code in new[] { denunciation, kept })
        {
            var item = await Items.ReadAsync(factory, code);
            Assert.Equal(FeedbackState.Answered, item.State);
            Assert.False(await QueryAsync(db => db.PublishedAnswers.AnyAsync(p => p.FeedbackId == item.Id, Ct)));
        }
    }

    [Fact]
    public async Task Should_strip_personal_data_and_record_the_reason_when_a_leader_edits_the_public_copy()
    {
        var code = await AnsweredAsync("Đèn hỏng ở kiệt 9", Answer);
        await Publisher(TimeSpan.FromHours(49)).PublishDueAsync(Ct);
        var leader = await StaffSession.ScopeAsync(factory, "lanhdao");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        var noReason = await ActAsync(a => a.EditPublicAsync(leader, code, "Đèn hỏng ở kiệt 9", "Đã sửa", " ", Ct));
        var byOfficer = await ActAsync(a => a.EditPublicAsync(officer, code, "Đèn hỏng ở kiệt 9", "Đã sửa", "Sửa lỗi chính tả", Ct));
        var edited = await ActAsync(a => a.EditPublicAsync(leader, code, "Đèn hỏng ở kiệt 9", $"{Answer} Liên hệ ông {Items.Name} qua số {Items.Phone}.", "Bổ sung đầu mối", Ct));

        Assert.Equal("Cần nêu lý do sửa bản công khai.", noReason.Message);
        Assert.Equal(ActionOutcome.Forbidden, byOfficer);
        Assert.True(edited.Succeeded, edited.Message);
        var item = await Items.ReadAsync(factory, code);
        var copy = await QueryAsync(db => db.PublishedAnswers.SingleAsync(p => p.FeedbackId == item.Id, Ct));
        Assert.DoesNotContain(Items.Name, copy.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("0905", copy.Answer, StringComparison.Ordinal);
        Assert.Equal(("Bổ sung đầu mối", "staff:lanhdao"), (copy.EditReason, copy.EditedBy));
        Assert.Contains(await QueryAsync(db => db.AuditEntries.Where(a => a.FeedbackId == item.Id).Select(a => a.Note).ToListAsync(Ct)),
            n => n == "Sửa bản công khai. Lý do: Bổ sung đầu mối");
    }

    [Fact]
    public async Task Should_keep_photos_private_until_a_moderator_chooses_them_and_never_publish_a_citizens_document()
    {
        var code = await AnsweredAsync("Ổ gà lớn ở đường Lê Lợi", Answer);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        await ActAsync(a => a.AddEvidenceAsync(officer, code, "anh.png", "image/png", png, publish: true, Ct));
        await ActAsync(a => a.AddEvidenceAsync(officer, code, "ket-qua.pdf", "application/pdf", "%PDF-1.4"u8.ToArray(), publish: true, Ct));
        await AddCitizenFileAsync(code, "giay-to.pdf", "application/pdf");
        var head = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var files = (await Items.ReadAsync(factory, code)).Attachments;

        var byOfficer = await ActAsync(a => a.SetAttachmentPublicAsync(officer, code, files.Single(f => f.FileName == "anh.png").Id, true, Ct));
        var photo = await ActAsync(a => a.SetAttachmentPublicAsync(head, code, files.Single(f => f.FileName == "anh.png").Id, true, Ct));
        var citizenDocument = await ActAsync(a => a.SetAttachmentPublicAsync(head, code, files.Single(f => f.FileName == "giay-to.pdf").Id, true, Ct));

        Assert.False(files.Single(f => f.FileName == "anh.png").Published);
        Assert.True(files.Single(f => f.FileName == "ket-qua.pdf").Published);
        Assert.Equal(ActionOutcome.Forbidden, byOfficer);
        Assert.True(photo.Succeeded, photo.Message);
        Assert.False(citizenDocument.Succeeded);
        var after = (await Items.ReadAsync(factory, code)).Attachments;
        Assert.Equal((true, false), (after.Single(f => f.FileName == "anh.png").Published, after.Single(f => f.FileName == "giay-to.pdf").Published));
    }

    private AutoPublisher Publisher(TimeSpan after)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow + after);
        return new AutoPublisher(factory.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new PublishingOptions()), time,
            factory.Services.GetRequiredService<IHostApplicationLifetime>(), NullLogger<AutoPublisher>.Instance);
    }

    private async Task<string> AnsweredAsync(string content, string answer)
    {
        var code = await Items.AssignedAsync(factory, HaiChau, content);
        await Publishing.AnswerAsync(factory, code, answer);
        return code;
    }

    private async Task AddCitizenFileAsync(string code, string name, string type)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var item = await db.Feedback.SingleAsync(f => f.TrackingCode == code, Ct);
        item.AddAttachment(new Attachment { FileName = name, ContentType = type, SizeBytes = 10, StorageKey = $"x/{Guid.NewGuid():N}", AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(Ct);
    }

    private async Task<ActionOutcome> ActAsync(Func<ItemActions, Task<ActionOutcome>> act)
    {
        using var services = factory.Services.CreateScope();
        return await act(services.ServiceProvider.GetRequiredService<ItemActions>());
    }

    private async Task<T> QueryAsync<T>(Func<PaknDbContext, Task<T>> query)
    {
        using var services = factory.Services.CreateScope();
        return await query(services.ServiceProvider.GetRequiredService<PaknDbContext>());
    }
}
