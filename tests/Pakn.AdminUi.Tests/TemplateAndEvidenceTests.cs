using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.AdminUi.Pages.Templates;
using Pakn.Core.Attachments;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Templates;
using Pakn.Host.Tests;
using SkiaSharp;

namespace Pakn.AdminUi.Tests;

/// <summary>Response templates per field, and evidence files that go out with a published answer.</summary>
public sealed class TemplateAndEvidenceTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string HaiChau = "UBND_P_HAI_CHAU";
    private const string Answer = "Ngày 21/11/2026 Đội quản lý đô thị phường **đã sửa** đèn tại kiệt 45; ông Lê Văn Đội trưởng chịu trách nhiệm.";
    // A photo that decodes: the public copy of an unblurred photo is re-encoded from its pixels.
    private static readonly byte[] Png = Photo();

    // A PNG signature and header start with no image after them.
    private static readonly byte[] BrokenPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_offer_the_fields_templates_first_with_placeholders_filled_when_the_officer_opens_an_item()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, fieldCode: "DO_THI");
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");

        using var services = factory.Services.CreateScope();
        var view = await services.ServiceProvider.GetRequiredService<ItemQueries>().GetAsync(scope, code, Ct);

        var answers = view!.Templates!.Where(t => t.Kind == TemplateKind.Answer).ToList();
        Assert.Equal("Hạ tầng đô thị: đã sửa chữa", answers[0].Title);
        Assert.Contains($"phản ánh {code}", answers[0].Text, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân phường Hải Châu", answers[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{ma}", answers[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answers, t => t.Title.StartsWith("Môi trường", StringComparison.Ordinal));
        Assert.Contains(view.Templates!, t => t.Kind == TemplateKind.Acknowledge && t.Text.Contains("trước ngày", StringComparison.Ordinal) && !t.Text.Contains("{han}", StringComparison.Ordinal));
        Assert.Contains(view.Templates!, t => t.Kind == TemplateKind.RequestInformation);
    }

    [Fact]
    public async Task Should_save_an_edited_template_for_an_administrator_and_refuse_anyone_else()
    {
        var admin = await StaffSession.ScopeAsync(factory, "quantri");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        using var services = factory.Services.CreateScope();
        var templates = services.ServiceProvider.GetRequiredService<TemplateAdmin>();
        var draft = new TemplateDraft { Kind = TemplateKind.Answer, FieldCode = "GIAO_DUC", Title = "Giáo dục: đã làm việc với nhà trường", Body = "{don_vi} đã làm việc với nhà trường ngày …" };

        var refused = await templates.SaveAsync(officer, draft, Ct);
        var blank = await templates.SaveAsync(admin, new TemplateDraft { Title = " ", Body = "x" }, Ct);
        var unknownField = await templates.SaveAsync(admin, new TemplateDraft { Title = "T", Body = "x", FieldCode = "KHONG_CO" }, Ct);
        var saved = await templates.SaveAsync(admin, draft, Ct);

        Assert.Equal(ActionOutcome.Forbidden, refused);
        Assert.Equal("Vui lòng nhập tên mẫu.", blank.Message);
        Assert.Equal("Lĩnh vực không tồn tại.", unknownField.Message);
        Assert.True(saved.Succeeded, saved.Message);
        var stored = await services.ServiceProvider.GetRequiredService<PaknDbContext>().Set<ResponseTemplate>()
            .SingleAsync(t => t.Title == "Giáo dục: đã làm việc với nhà trường", Ct);
        Assert.Equal(("GIAO_DUC", "staff:quantri"), (stored.FieldCode, stored.UpdatedBy));
    }

    [Fact]
    public async Task Should_serve_the_template_page_to_administrators_only()
    {
        var admin = await StaffSession.SignInAsync(factory, "quantri");
        var officer = await StaffSession.SignInAsync(factory, "canbo.haichau");

        var text = StaffSession.VisibleText(await admin.GetStringAsync("/admin/mau-tra-loi", Ct));
        using var denied = await officer.GetAsync("/admin/mau-tra-loi", Ct);

        Assert.Contains("Mẫu trả lời theo lĩnh vực", text, StringComparison.Ordinal);
        Assert.Contains("Hạ tầng đô thị: đã sửa chữa", text, StringComparison.Ordinal);
        Assert.StartsWith("/admin/khong-co-quyen", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anh.png", "image/png", "exe")]
    [InlineData("bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "zip")]
    [InlineData("to-lon.png", "image/png", "large")]
    public async Task Should_refuse_evidence_and_store_nothing_when_the_file_breaks_the_rules(string name, string type, string content)
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        byte[] bytes = content switch
        {
            "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03],
            "zip" => [0x50, 0x4B, 0x03, 0x04, 0x14],
            _ => [.. Png, .. new byte[EvidenceRules.MaxBytes]],
        };

        var outcome = await ActAsync(a => a.AddEvidenceAsync(scope, code, name, type, bytes, publish: true, Ct));

        Assert.False(outcome.Succeeded);
        Assert.Empty((await Items.ReadAsync(factory, code)).Attachments);
    }

    [Fact]
    public async Task Should_not_let_an_officer_of_another_unit_attach_evidence()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var scope = await StaffSession.ScopeAsync(factory, "canbo.xaydung");

        var outcome = await ActAsync(a => a.AddEvidenceAsync(scope, code, "anh.png", "image/png", Png, publish: true, Ct));

        Assert.Equal(ActionOutcome.NotFound, outcome);
    }

    [Fact]
    public async Task Should_show_public_evidence_and_the_rich_answer_on_the_portal_but_never_private_files_or_hostile_html()
    {
        var code = await Items.AssignedAsync(factory, HaiChau, "Đèn đường hỏng <script>alert('x')</script> ở kiệt 45");
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var shown = await ActAsync(a => a.AddEvidenceAsync(officer, code, "sau-khi-sua-nha-ong-Bi-Mat.png", "image/png", Photo(), publish: true, Ct));
        var kept = await ActAsync(a => a.AddEvidenceAsync(officer, code, "bien-ban.pdf", "application/pdf", "%PDF-1.7 nội bộ"u8.ToArray(), publish: false, Ct));
        Assert.True(shown.Succeeded && kept.Succeeded, shown.Message + kept.Message);
        var answered = await ActAsync(a => a.RespondAsync(officer, code, Answer + " <img src=x onerror=alert(1)>", "Thử", Ct));
        Assert.True(answered.Succeeded, answered.Message);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var view = await ViewAsync(coordinator, code);
        Assert.True((await ActAsync(a => a.PublishAsync(coordinator, code, view.Public!.Question, view.Public.Answer, Ct))).Succeeded);
        var photo = (await Items.ReadAsync(factory, code)).Attachments.Single(a => a.ContentType == "image/png");
        Assert.False(photo.Published);
        Assert.True((await ActAsync(a => a.SetAttachmentPublicAsync(coordinator, code, photo.Id, publish: true, Ct))).Succeeded);

        var client = StaffSession.Anonymous(factory);
        var html = await client.GetStringAsync($"/cong-khai/{code}", Ct);
        var item = await Items.ReadAsync(factory, code);
        var image = item.Attachments.Single(a => a.ContentType == "image/png");
        var pdf = item.Attachments.Single(a => a.ContentType == "application/pdf");
        using var imageResponse = await client.GetAsync($"/cong-khai/{code}/tep/{image.Id}", Ct);
        using var pdfResponse = await client.GetAsync($"/cong-khai/{code}/tep/{pdf.Id}", Ct);

        Assert.Contains("<strong>đã sửa</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/cong-khai/{code}/tep/{image.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bi-Mat", html, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.Id.ToString(), html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "image/png", "nosniff"),
            (imageResponse.StatusCode, imageResponse.Content.Headers.ContentType?.MediaType, imageResponse.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(Pixels(Photo()), Pixels(await imageResponse.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Equal(HttpStatusCode.NotFound, pdfResponse.StatusCode);
    }

    [Fact]
    public async Task Should_stop_serving_evidence_when_the_moderator_hides_the_answer()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        await ActAsync(a => a.AddEvidenceAsync(officer, code, "anh.png", "image/png", Png, publish: true, Ct));
        await ActAsync(a => a.RespondAsync(officer, code, Answer, Ct));
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var view = await ViewAsync(coordinator, code);
        await ActAsync(a => a.PublishAsync(coordinator, code, view.Public!.Question, view.Public.Answer, Ct));
        var image = (await Items.ReadAsync(factory, code)).Attachments.Single();
        await ActAsync(a => a.SetAttachmentPublicAsync(coordinator, code, image.Id, publish: true, Ct));
        var client = StaffSession.Anonymous(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/cong-khai/{code}/tep/{image.Id}", Ct)).StatusCode);

        await ActAsync(a => a.HideAsync(coordinator, code, "Ảnh có khuôn mặt người dân", Ct));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cong-khai/{code}/tep/{image.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Should_serve_only_the_blurred_copy_publicly_once_a_moderator_blurs_a_photo()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var original = Photo();
        Assert.True((await ActAsync(a => a.AddEvidenceAsync(officer, code, "anh-nguoi-dan.png", "image/png", original, publish: false, Ct))).Succeeded);
        await ActAsync(a => a.RespondAsync(officer, code, Answer, Ct));
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var view = await ViewAsync(coordinator, code);
        await ActAsync(a => a.PublishAsync(coordinator, code, view.Public!.Question, view.Public.Answer, Ct));
        var image = (await Items.ReadAsync(factory, code)).Attachments.Single();
        await ActAsync(a => a.SetAttachmentPublicAsync(coordinator, code, image.Id, publish: true, Ct));
        var client = StaffSession.Anonymous(factory);
        Assert.Equal(original, await client.GetByteArrayAsync($"/cong-khai/{code}/tep/{image.Id}", Ct));

        var blurred = await ActAsync(a => a.BlurPhotoAsync(coordinator, code, image.Id, [new BlurRegion(0.25, 0.25, 0.5, 0.5)], Ct));
        var again = await ActAsync(a => a.BlurPhotoAsync(coordinator, code, image.Id, [new BlurRegion(0, 0, 0.2, 0.2)], Ct));

        Assert.True(blurred.Succeeded, blurred.Message);
        Assert.True(again.Succeeded, again.Message);
        var served = await client.GetByteArrayAsync($"/cong-khai/{code}/tep/{image.Id}", Ct);
        var expected = PhotoBlur.Blur(original, [new BlurRegion(0, 0, 0.2, 0.2)]);
        // Blurring again starts from the original: only the second region is blurred.
        Assert.Equal(expected.Content, served);
        Assert.NotEqual(original, served);
        var item = await Items.ReadAsync(factory, code);
        var stored = item.Attachments.Single();
        Assert.Equal(image.StorageKey, stored.StorageKey);
        Assert.Equal("image/png", stored.PublicContentType);
        var store = factory.Services.GetRequiredService<AttachmentStore>();
        await using (var kept = store.Open(stored.StorageKey))
        using (var buffer = new MemoryStream())
        {
            await kept.CopyToAsync(buffer, Ct);
            Assert.Equal(original, buffer.ToArray());
        }

        using var services = factory.Services.CreateScope();
        var audit = string.Join("\n", await services.ServiceProvider.GetRequiredService<PaknDbContext>().Set<AuditEntry>()
            .Where(a => a.FeedbackId == item.Id).OrderBy(a => a.At).Select(a => a.Actor + " " + a.Note).ToListAsync(Ct));
        Assert.Contains($"staff:tiepnhan Làm mờ 1 vùng trên ảnh (tệp {image.Id.ToString("N")[..8]})", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("anh-nguoi-dan.png", audit.Split("Làm mờ", 2)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_let_an_officer_or_another_units_officer_blur_a_photo_and_refuse_a_broken_one()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        await ActAsync(a => a.AddEvidenceAsync(officer, code, "anh.png", "image/png", BrokenPng, publish: false, Ct));
        await ActAsync(a => a.RespondAsync(officer, code, Answer, Ct));
        var image = (await Items.ReadAsync(factory, code)).Attachments.Single();
        var stranger = await StaffSession.ScopeAsync(factory, "canbo.xaydung");
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");

        var byStranger = await ActAsync(a => a.BlurPhotoAsync(stranger, code, image.Id, [], Ct));
        var byOfficer = await ActAsync(a => a.BlurPhotoAsync(officer, code, image.Id, [], Ct));
        var broken = await ActAsync(a => a.BlurPhotoAsync(coordinator, code, image.Id, [], Ct));

        Assert.Equal(ActionOutcome.NotFound, byStranger);
        Assert.Equal(ActionOutcome.Forbidden, byOfficer);
        Assert.Equal("Không đọc được ảnh (chỉ làm mờ được ảnh JPG, PNG, WEBP, GIF).", broken.Message);
        Assert.Null((await Items.ReadAsync(factory, code)).Attachments.Single().PublicStorageKey);
    }

    [Fact]
    public async Task Should_serve_a_public_photo_without_the_metadata_the_phone_wrote_into_it()
    {
        var code = await Items.AssignedAsync(factory, HaiChau);
        var officer = await StaffSession.ScopeAsync(factory, "canbo.haichau");
        var photo = WithExif(Photo(), "GPS 16.0678N 108.2208E ong Nguyen Van Chup");
        Assert.True((await ActAsync(a => a.AddEvidenceAsync(officer, code, "hien-truong.jpg", "image/jpeg", photo, publish: true, Ct))).Succeeded);
        Assert.True((await ActAsync(a => a.RespondAsync(officer, code, Answer, "Thử", Ct))).Succeeded);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var view = await ViewAsync(coordinator, code);
        Assert.True((await ActAsync(a => a.PublishAsync(coordinator, code, view.Public!.Question, view.Public.Answer, Ct))).Succeeded);
        var image = (await Items.ReadAsync(factory, code)).Attachments.Single();
        Assert.True((await ActAsync(a => a.SetAttachmentPublicAsync(coordinator, code, image.Id, publish: true, Ct))).Succeeded);

        var served = await StaffSession.Anonymous(factory).GetByteArrayAsync($"/cong-khai/{code}/tep/{image.Id}", Ct);

        var text = System.Text.Encoding.Latin1.GetString(served);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyen Van Chup", text, StringComparison.Ordinal);
        using var decoded = SKBitmap.Decode(served);
        Assert.Equal((120, 80), (decoded.Width, decoded.Height));
    }

    /// <summary>A JPEG with an EXIF segment (as phones write) whose data carries the given text.</summary>
    private static byte[] WithExif(byte[] png, string text)
    {
        using var bitmap = SKBitmap.Decode(png);
        var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        // "Exif\0\0", a little-endian TIFF header and an empty IFD, then the text.
        byte[] exif = [.. "Exif\0\0"u8, .. "II*\0"u8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, .. System.Text.Encoding.ASCII.GetBytes(text)];
        var length = exif.Length + 2;
        return [jpeg[0], jpeg[1], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif, .. jpeg[2..]];
    }

    internal static byte[] Pixels(byte[] image)
    {
        using var bitmap = SKBitmap.Decode(image);
        return [.. bitmap.Pixels.SelectMany(p => new[] { p.Red, p.Green, p.Blue, p.Alpha })];
    }

    internal static byte[] Photo()
    {
        using var bitmap = new SKBitmap(120, 80);
        for (var y = 0; y < 80; y++)
        {
            for (var x = 0; x < 120; x++)
            {
                bitmap.SetPixel(x, y, (x / 3 + y / 3) % 2 == 0 ? SKColors.Black : SKColors.White);
            }
        }

        return bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private async Task<ActionOutcome> ActAsync(Func<ItemActions, Task<ActionOutcome>> act)
    {
        using var services = factory.Services.CreateScope();
        return await act(services.ServiceProvider.GetRequiredService<ItemActions>());
    }

    private async Task<ItemView> ViewAsync(StaffScope scope, string code)
    {
        using var services = factory.Services.CreateScope();
        return (await services.ServiceProvider.GetRequiredService<ItemQueries>().GetAsync(scope, code, Ct))!;
    }
}
