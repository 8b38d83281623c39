using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Reference;
using Pakn.Routing.Classification;

namespace Pakn.AdminUi.Pages.Administration.Routing;

/// <summary>
/// The routing table (field × area → unit, or the area's own committee). Routing reads it
/// through a snapshot that lives <see cref="RoutingTable.Lifetime"/>, so a saved rule applies to
/// new items within that time; the preview reads the table as saved, with routing's own lookup.
/// </summary>
public sealed class RoutingAdministration(StaffAccess access, PaknDbContext db, TimeProvider time)
{
    public Task<List<RoutingRule>> RulesAsync(CancellationToken cancellationToken = default) =>
        db.RoutingRules.AsNoTracking().OrderBy(r => r.FieldCode).ThenBy(r => r.AreaCode).ToListAsync(cancellationToken);

    public async Task<AdminResult> SaveAsync(StaffScope scope, RuleForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var errors = new Dictionary<string, string>();
        var area = string.IsNullOrWhiteSpace(form.AreaCode) ? null : form.AreaCode.Trim();
        var unit = form.CommuneLevel || string.IsNullOrWhiteSpace(form.UnitCode) ? null : form.UnitCode.Trim();
        if (!await db.Fields.AnyAsync(f => f.Code == form.FieldCode, cancellationToken))
        {
            errors["FieldCode"] = "Chọn một lĩnh vực có trong danh mục.";
        }

        if (area is not null && !await db.Areas.AnyAsync(a => a.Code == area, cancellationToken))
        {
            errors["AreaCode"] = "Phường/xã không có trong danh mục.";
        }

        if (!form.CommuneLevel)
        {
            var now = time.GetUtcNow();
            var chosen = unit is null ? null : await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unit, cancellationToken);
            if (chosen is null)
            {
                errors["UnitCode"] = "Chọn đơn vị giải quyết có trong danh mục.";
            }
            else if (!chosen.IsActiveAt(now))
            {
                errors["UnitCode"] = $"Đơn vị {chosen.Name} đã ngừng hoạt động.";
            }
        }

        var duplicate = await db.RoutingRules.AnyAsync(r => r.FieldCode == form.FieldCode && r.AreaCode == area && r.Id != (form.Id ?? 0), cancellationToken);
        if (duplicate)
        {
            errors[""] = area is null
                ? "Lĩnh vực này đã có quy tắc chung; hãy sửa quy tắc đó."
                : "Lĩnh vực này đã có quy tắc riêng cho phường/xã đã chọn; hãy sửa quy tắc đó.";
        }

        RoutingRule? rule = null;
        if (form.Id is { } id && (rule = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)) is null)
        {
            errors[""] = "Quy tắc không còn tồn tại; vui lòng tải lại trang.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        if (rule is null)
        {
            db.RoutingRules.Add(new RoutingRule { FieldCode = form.FieldCode, AreaCode = area, UnitCode = unit });
        }
        else
        {
            rule.FieldCode = form.FieldCode;
            rule.AreaCode = area;
            rule.UnitCode = unit;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AdminResult.Fail("", "Quy tắc trùng với một quy tắc vừa được người khác lưu; vui lòng tải lại trang.");
        }

        return AdminResult.Done("Đã lưu quy tắc phân công. Phản ánh mới áp dụng quy tắc này trong vòng 30 giây.");
    }

    public async Task<AdminResult> DeleteAsync(StaffScope scope, int id, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var deleted = await db.RoutingRules.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? AdminResult.Fail("", "Quy tắc không còn tồn tại.") : AdminResult.Done("Đã xóa quy tắc.");
    }

    /// <summary>Which unit a new item of this field in this area would go to now, and why.</summary>
    public async Task<(Unit? Unit, string Reason)> PreviewAsync(string fieldCode, string? areaCode, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var snapshot = new RoutingSnapshot(
            await db.Fields.AsNoTracking().ToListAsync(cancellationToken),
            await db.Areas.AsNoTracking().ToListAsync(cancellationToken),
            await db.Units.AsNoTracking().ToListAsync(cancellationToken),
            await RulesAsync(cancellationToken),
            now);
        return snapshot.FindUnit(fieldCode, string.IsNullOrWhiteSpace(areaCode) ? null : areaCode, now);
    }
}
