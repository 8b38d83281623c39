using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Data;
using Pakn.Core.Identity;
using Pakn.Core.Templates;

namespace Pakn.AdminUi.Pages.Templates;

/// <summary>What the administrator edits: one template; <see cref="Id"/> 0 for a new one.</summary>
public sealed class TemplateDraft
{
    public int Id { get; set; }
    public TemplateKind Kind { get; set; } = TemplateKind.Answer;
    public string? FieldCode { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public bool Active { get; set; } = true;

    public static TemplateDraft From(ResponseTemplate t) =>
        new() { Id = t.Id, Kind = t.Kind, FieldCode = t.FieldCode, Title = t.Title, Body = t.Body, Active = t.Active };
}

/// <summary>Response templates for administrators; the role is checked here as well as on the page.</summary>
public sealed class TemplateAdmin(StaffAccess access, PaknDbContext db, TimeProvider time)
{
    public Task<List<ResponseTemplate>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Set<ResponseTemplate>().AsNoTracking()
            .OrderBy(t => t.FieldCode).ThenBy(t => t.Kind).ThenBy(t => t.Title)
            .ToListAsync(cancellationToken);

    public async Task<ActionOutcome> SaveAsync(StaffScope scope, TemplateDraft draft, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return ActionOutcome.Forbidden;
        }

        var title = draft.Title?.Trim();
        var body = draft.Body?.Trim();
        var fieldCode = string.IsNullOrWhiteSpace(draft.FieldCode) ? null : draft.FieldCode.Trim();
        string? error =
            string.IsNullOrEmpty(title) ? "Vui lòng nhập tên mẫu."
            : title.Length > ResponseTemplate.TitleMaxLength ? $"Tên mẫu không quá {ResponseTemplate.TitleMaxLength} ký tự."
            : string.IsNullOrEmpty(body) ? "Vui lòng nhập nội dung mẫu."
            : body.Length > ResponseTemplate.BodyMaxLength ? $"Nội dung mẫu không quá {ResponseTemplate.BodyMaxLength:N0} ký tự."
            : !Enum.IsDefined(draft.Kind) ? "Loại mẫu không hợp lệ."
            : fieldCode is not null && !await db.Fields.AnyAsync(f => f.Code == fieldCode, cancellationToken) ? "Lĩnh vực không tồn tại."
            : null;
        if (error is not null)
        {
            return ActionOutcome.Refused(error);
        }

        var templates = db.Set<ResponseTemplate>();
        var template = draft.Id == 0 ? null : await templates.SingleOrDefaultAsync(t => t.Id == draft.Id, cancellationToken);
        if (draft.Id != 0 && template is null)
        {
            return ActionOutcome.Refused("Mẫu này không còn; vui lòng tải lại trang.");
        }

        if (template is null)
        {
            template = new ResponseTemplate { Title = title!, Body = body! };
            templates.Add(template);
        }

        template.Kind = draft.Kind;
        template.FieldCode = fieldCode;
        template.Title = title!;
        template.Body = Pakn.Core.Text.VietnameseText.Canonical(body!);
        template.Active = draft.Active;
        template.UpdatedAt = time.GetUtcNow();
        template.UpdatedBy = scope.Actor;
        await db.SaveChangesAsync(cancellationToken);
        return ActionOutcome.Done("Đã lưu mẫu trả lời.");
    }

    public static string KindLabel(TemplateKind kind) => kind switch
    {
        TemplateKind.Acknowledge => "Xác nhận tiếp nhận",
        TemplateKind.RequestInformation => "Đề nghị bổ sung",
        TemplateKind.Answer => "Trả lời",
        _ => kind.ToString(),
    };
}
