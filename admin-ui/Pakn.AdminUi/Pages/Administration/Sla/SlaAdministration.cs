using Pakn.AdminUi.Access;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;

namespace Pakn.AdminUi.Pages.Administration.Sla;

/// <summary>SLA policies through <see cref="SlaPolicies"/>: an edit is always a new version, and running items keep theirs.</summary>
public sealed class SlaAdministration(StaffAccess access, SlaPolicies policies)
{
    public Task<List<SlaPolicy>> CurrentAsync(CancellationToken cancellationToken = default) => policies.CurrentAsync(cancellationToken);

    public Task<List<SlaPolicy>> HistoryAsync(string? fieldCode, Severity? severity, CancellationToken cancellationToken = default) =>
        policies.HistoryAsync(fieldCode, severity, cancellationToken);

    public static string ScopeLabel(string? fieldName, Severity? severity) =>
        $"{fieldName ?? "Mọi lĩnh vực"} · {(severity is { } s ? SeverityNames.Label(s) : "mọi mức độ")}";

    public async Task<AdminResult> SaveAsync(StaffScope scope, SlaForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        // The history is read by people deciding whether a late item was judged fairly: say why.
        if (string.IsNullOrWhiteSpace(form.Note))
        {
            return AdminResult.Fail(nameof(SlaForm.Note), "Vui lòng ghi lý do thay đổi (lưu vào lịch sử phiên bản).");
        }

        var result = await policies.SaveNewVersionAsync(form.ToDraft(), scope.Actor, cancellationToken);
        if (!result.Succeeded)
        {
            return AdminResult.Fail(result.Errors.ToDictionary(
                e => e.Key == nameof(SlaPolicyDraft.WarningShare) ? nameof(SlaForm.WarningPercent) : e.Key, e => e.Value));
        }

        return AdminResult.Done($"Đã lưu phiên bản {result.Saved!.Version}. Phản ánh đang xử lý giữ thời hạn cũ; phản ánh mới áp dụng phiên bản này.");
    }
}
