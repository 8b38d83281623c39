using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;

namespace Pakn.Core.Templates;

/// <summary>
/// The templates a new installation starts with: one of each kind for every field, and answers
/// for the fields citizens write about most. Administrators edit them at /admin/mau-tra-loi.
/// Seeded once, when the table is empty; per-field ones only for fields that exist.
/// </summary>
public static class DefaultTemplates
{
    public static IReadOnlyList<ResponseTemplate> All() =>
    [
        New(TemplateKind.Acknowledge, null, "Xác nhận tiếp nhận",
            "{don_vi} đã tiếp nhận phản ánh {ma} của Ông/Bà và đang xem xét, giải quyết. Kết quả sẽ được trả lời trước ngày {han}."),
        New(TemplateKind.Acknowledge, null, "Xác nhận tiếp nhận, cần kiểm tra thực địa",
            "{don_vi} đã tiếp nhận phản ánh {ma}. Đơn vị sẽ cử cán bộ kiểm tra thực tế tại {phuong_xa} và trả lời Ông/Bà trước ngày {han}."),
        New(TemplateKind.RequestInformation, null, "Đề nghị bổ sung địa điểm",
            "Để xử lý phản ánh {ma}, đề nghị Ông/Bà cho biết địa chỉ cụ thể (số nhà, tên đường hoặc kiệt/hẻm) nơi xảy ra sự việc."),
        New(TemplateKind.RequestInformation, null, "Đề nghị bổ sung hình ảnh",
            "Để xử lý phản ánh {ma}, đề nghị Ông/Bà gửi bổ sung hình ảnh hoặc tài liệu về sự việc (qua mục tra cứu hoặc trả lời tin nhắn này)."),
        New(TemplateKind.Answer, null, "Trả lời: đã xử lý xong",
            "{don_vi} trả lời phản ánh {ma} như sau:\n\nNgày …, **[đơn vị/cán bộ]** đã kiểm tra thực tế và đã xử lý:\n- [việc đã làm]\n- [kết quả]\n\nNgười chịu trách nhiệm theo dõi: [họ tên, chức vụ]. Trân trọng cảm ơn Ông/Bà đã phản ánh."),
        New(TemplateKind.Answer, null, "Trả lời: sẽ xử lý theo kế hoạch",
            "{don_vi} trả lời phản ánh {ma} như sau:\n\nNgày …, đơn vị đã kiểm tra và xác nhận nội dung phản ánh. Đơn vị **sẽ hoàn thành** [việc cần làm] trước ngày [ngày], do [đơn vị/cán bộ] chịu trách nhiệm thực hiện."),
        New(TemplateKind.Answer, "DO_THI", "Hạ tầng đô thị: đã sửa chữa",
            "{don_vi} trả lời phản ánh {ma}:\n\nNgày …, Đội quản lý hạ tầng đô thị đã kiểm tra và **đã sửa chữa** [hạng mục: đèn chiếu sáng, vỉa hè, cống thoát nước…] tại [địa điểm].\n\nĐơn vị tiếp tục theo dõi; nếu còn hư hỏng, đề nghị Ông/Bà phản ánh lại qua mã {ma}."),
        New(TemplateKind.Answer, "MOI_TRUONG", "Môi trường: đã thu gom, xử lý",
            "{don_vi} trả lời phản ánh {ma}:\n\nNgày …, đơn vị đã phối hợp với công ty môi trường đô thị **đã thu gom** [rác thải/phế thải] tại [địa điểm] và đã yêu cầu [tổ dân phố/hộ dân] giữ vệ sinh chung."),
        New(TemplateKind.Answer, "GIAO_THONG", "Giao thông: đã khắc phục",
            "{don_vi} trả lời phản ánh {ma}:\n\nNgày …, đơn vị **đã khắc phục** [ổ gà, biển báo, đèn tín hiệu…] tại [địa điểm]. Đơn vị đã giao [đội/cán bộ] theo dõi định kỳ tuyến đường này."),
        New(TemplateKind.Answer, "XAY_DUNG", "Trật tự xây dựng: đã lập biên bản",
            "{don_vi} trả lời phản ánh {ma}:\n\nNgày …, đơn vị đã kiểm tra công trình tại [địa điểm] và **đã lập biên bản** vi phạm trật tự xây dựng, yêu cầu chủ đầu tư [dừng thi công/tự khắc phục] trước ngày [ngày]."),
        New(TemplateKind.Answer, "DAT_DAI", "Đất đai: hướng dẫn thủ tục",
            "{don_vi} trả lời phản ánh {ma}:\n\nNội dung Ông/Bà nêu thuộc thủ tục [tên thủ tục]. Đơn vị **đã hướng dẫn** như sau:\n- Hồ sơ gồm: [giấy tờ]\n- Nơi nộp: [bộ phận một cửa]\n- Thời hạn giải quyết: [số ngày] ngày làm việc."),
        New(TemplateKind.RequestInformation, "DAT_DAI", "Đất đai: đề nghị cung cấp số thửa",
            "Để xử lý phản ánh {ma}, đề nghị Ông/Bà cung cấp số thửa, số tờ bản đồ hoặc bản chụp giấy chứng nhận quyền sử dụng đất liên quan."),
    ];

    public static async Task SeedAsync(PaknDbContext db, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var templates = db.Set<ResponseTemplate>();
        if (await templates.AnyAsync(cancellationToken))
        {
            return;
        }

        var fields = await db.Fields.Select(f => f.Code).ToListAsync(cancellationToken);
        foreach (var template in All().Where(t => t.FieldCode is null || fields.Contains(t.FieldCode)))
        {
            template.UpdatedAt = at;
            templates.Add(template);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica seeded at the same moment.
            db.ChangeTracker.Clear();
            if (!await templates.AnyAsync(cancellationToken))
            {
                throw;
            }
        }
    }

    private static ResponseTemplate New(TemplateKind kind, string? fieldCode, string title, string body) =>
        new() { Kind = kind, FieldCode = fieldCode, Title = title, Body = body, UpdatedBy = "system" };
}
