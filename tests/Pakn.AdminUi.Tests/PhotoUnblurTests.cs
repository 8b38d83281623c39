using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Attachments;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>A moderator may take a blur back, only on purpose and with a reason the history keeps.</summary>
public sealed class PhotoUnblurTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string HaiChau = "UBND_P_HAI_CHAU";
    private const string Answer = "Ngày 21/11/2026 Đội quản lý đô thị phường đã sửa đèn tại kiệt 45; ông Lê Văn Đội trưởng chịu trách nhiệm.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_serve_the_original_again_and_record_the_reason_when_a_moderator_confirms_removing_the_blur()
    {
        var original = TemplateAndEvidenceTests.Photo();
        var (code, image, coordinator) = await PublishedBlurredPhotoAsync(original);
        var client = StaffSession.Anonymous(factory);
        Assert.NotEqual(original, await client.GetByteArrayAsync($"/cong-khai/{code}/tep/{image.Id}", Ct));
        var blurredKey = (await Items.ReadAsync(factory, code)).Attachments.Single().PublicStorageKey!;

        var outcome = await ActAsync(a => a.RemoveBlurAsync(coordinator, code, image.Id, "Ảnh chỉ chụp mặt đường, không có người", confirmed: true, Ct));

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal("Đã bỏ làm mờ: trang công khai hiển thị ảnh gốc.", outcome.Message);
        Assert.Equal(TemplateAndEvidenceTests.Pixels(original), TemplateAndEvidenceTests.Pixels(await client.GetByteArrayAsync($"/cong-khai/{code}/tep/{image.Id}", Ct)));
        var item = await Items.ReadAsync(factory, code);
        Assert.Null(item.Attachments.Single().PublicStorageKey);
        Assert.Null(item.Attachments.Single().PublicContentType);
        Assert.False(factory.Services.GetRequiredService<AttachmentStore>().Exists(blurredKey));
        Assert.Contains(
            $"staff:tiepnhan Bỏ làm mờ ảnh (tệp {image.Id.ToString("N")[..8]}): trang công khai hiển thị ảnh gốc. Lý do: Ảnh chỉ chụp mặt đường, không có người",
            await HistoryAsync(item.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_the_blur_without_confirmation_or_reason_and_when_another_unit_or_a_plain_officer_asks()
    {
        var (code, image, coordinator) = await PublishedBlurredPhotoAsync(TemplateAndEvidenceTests.Photo());
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var stranger = await StaffSession.ScopeAsync(factory, "truong.xaydung");
        var before = await Items.ReadAsync(factory, code);

        var unconfirmed = await ActAsync(a => a.RemoveBlurAsync(coordinator, code, image.Id, "Không cần làm mờ", confirmed: false, Ct));
        var unexplained = await ActAsync(a => a.RemoveBlurAsync(coordinator, code, image.Id, "  ", confirmed: true, Ct));
        var byStranger = await ActAsync(a => a.RemoveBlurAsync(stranger, code, image.Id, "Không cần làm mờ", confirmed: true, Ct));
        var byOfficer = await ActAsync(a => a.RemoveBlurAsync(officer, code, image.Id, "Không cần làm mờ", confirmed: true, Ct));

        Assert.Equal("Hãy xác nhận bạn muốn công khai ảnh gốc chưa làm mờ.", unconfirmed.Message);
        Assert.Equal("Cần nêu lý do bỏ làm mờ (được ghi vào lịch sử).", unexplained.Message);
        Assert.Equal(ActionOutcome.NotFound, byStranger);
        Assert.Equal(ActionOutcome.Forbidden, byOfficer);
        var after = await Items.ReadAsync(factory, code);
        Assert.Equal(before.Attachments.Single().PublicStorageKey, after.Attachments.Single().PublicStorageKey);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Should_refuse_in_vietnamese_to_remove_a_blur_from_a_photo_that_has_none()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        await ActAsync(a => a.AddEvidenceAsync(officer, code, "anh.png", "image/png", TemplateAndEvidenceTests.Photo(), publish: false, Ct));
        var image = (await Items.ReadAsync(factory, code)).Attachments.Single();
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");

        var outcome = await ActAsync(a => a.RemoveBlurAsync(coordinator, code, image.Id, "Không cần", confirmed: true, Ct));

        Assert.Equal("Ảnh này chưa được làm mờ.", outcome.Message);
    }

    private async Task<(string Code, Attachment Image, StaffScope Coordinator)> PublishedBlurredPhotoAsync(byte[] photo)
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        Assert.True((await ActAsync(a => a.AddEvidenceAsync(officer, code, "anh.png", "image/png", photo, publish: false, Ct))).Succeeded);
        Assert.True((await ActAsync(a => a.RespondAsync(officer, code, Answer, Ct))).Succeeded);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        using (var services = factory.Services.CreateScope())
        {
            var view = (await services.ServiceProvider.GetRequiredService<ItemQueries>().GetAsync(coordinator, code, Ct))!;
            Assert.True((await ActAsync(a => a.PublishAsync(coordinator, code, view.Public!.Question, view.Public.Answer, Ct))).Succeeded);
        }

        var image = (await Items.ReadAsync(factory, code)).Attachments.Single();
        Assert.True((await ActAsync(a => a.SetAttachmentPublicAsync(coordinator, code, image.Id, publish: true, Ct))).Succeeded);
        Assert.True((await ActAsync(a => a.BlurPhotoAsync(coordinator, code, image.Id, [new BlurRegion(0.25, 0.25, 0.5, 0.5)], Ct))).Succeeded);
        return (code, image, coordinator);
    }

    private async Task<string> HistoryAsync(Guid itemId)
    {
        using var services = factory.Services.CreateScope();
        return string.Join("\n", await services.ServiceProvider.GetRequiredService<PaknDbContext>().Set<AuditEntry>()
            .Where(a => a.FeedbackId == itemId).OrderBy(a => a.At).Select(a => a.Actor + " " + a.Note).ToListAsync(Ct));
    }

    private async Task<ActionOutcome> ActAsync(Func<ItemActions, Task<ActionOutcome>> act)
    {
        using var services = factory.Services.CreateScope();
        return await act(services.ServiceProvider.GetRequiredService<ItemActions>());
    }
}
