using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Data;
using Pakn.Core.Identity;
using Pakn.Core.Reference;

namespace Pakn.AdminUi.Pages.Administration.Units;

/// <summary>
/// Units, areas and fields. A unit's name, parent, level or area never change in place without
/// a history row, so a report of a past period names the unit as it was then; a unit that
/// items, rules or people refer to is deactivated (with a successor), never deleted.
/// </summary>
public sealed partial class UnitAdministration(StaffAccess access, PaknDbContext db, TimeProvider time)
{
    public static string LevelLabel(UnitLevel level) => level switch
    {
        UnitLevel.ProvinceDepartment => "Sở, ban, ngành cấp tỉnh",
        UnitLevel.CommuneCommittee => "UBND phường/xã/đặc khu",
        UnitLevel.CoordinatorOffice => "Văn phòng HĐND và UBND",
        _ => level.ToString(),
    };

    public Task<List<Unit>> UnitsAsync(CancellationToken cancellationToken = default) =>
        db.Units.AsNoTracking().OrderBy(u => u.Level).ThenBy(u => u.Name).ToListAsync(cancellationToken);

    public Task<List<UnitVersion>> HistoryAsync(string code, CancellationToken cancellationToken = default) =>
        db.UnitVersions.AsNoTracking().Where(v => v.UnitCode == code).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);

    public Task<List<Area>> AreasAsync(CancellationToken cancellationToken = default) =>
        db.Areas.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);

    public Task<List<Field>> FieldsAsync(CancellationToken cancellationToken = default) =>
        db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);

    public async Task<AdminResult> CreateAsync(StaffScope scope, UnitForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var code = form.Code.Trim().ToUpperInvariant();
        var errors = await ValidateAsync(form, code, cancellationToken);
        if (!CodePattern().IsMatch(code))
        {
            errors["Code"] = "Mã đơn vị gồm 2–64 chữ in hoa không dấu, chữ số hoặc dấu gạch dưới, ví dụ SO_TAI_CHINH.";
        }
        else if (await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
        {
            errors["Code"] = $"Đã có đơn vị với mã {code}.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        var now = time.GetUtcNow();
        var unit = new Unit
        {
            Code = code,
            Name = form.Name.Trim(),
            Level = form.Level,
            AreaCode = Blank(form.AreaCode),
            ParentCode = Blank(form.ParentCode),
            Email = Blank(form.Email),
            AnswerApprovalRequired = form.AnswerApprovalRequired,
            ValidFrom = now,
        };
        db.Units.Add(unit);
        db.UnitVersions.Add(VersionOf(unit, 1, now, scope, Blank(form.Note) ?? "Thành lập"));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done($"Đã thêm đơn vị {unit.Name}.");
    }

    /// <summary>
    /// Saves the form over the unit. A change of name, parent, level or area closes the version
    /// in force and opens a new one from now; the first such change also records the unit as it
    /// was since it began, so its whole past is covered.
    /// </summary>
    public async Task<AdminResult> UpdateAsync(StaffScope scope, UnitForm form, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == form.Code, cancellationToken);
        if (unit is null)
        {
            return AdminResult.Fail("", "Không tìm thấy đơn vị.");
        }

        var errors = await ValidateAsync(form, unit.Code, cancellationToken);
        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        var now = time.GetUtcNow();
        var (name, area, parent) = (form.Name.Trim(), Blank(form.AreaCode), Blank(form.ParentCode));
        var versioned = name != unit.Name || area != unit.AreaCode || parent != unit.ParentCode || form.Level != unit.Level;
        if (versioned)
        {
            var versions = await db.UnitVersions.Where(v => v.UnitCode == unit.Code).ToListAsync(cancellationToken);
            var current = versions.SingleOrDefault(v => v.ValidTo is null);
            if (current is null)
            {
                current = VersionOf(unit, versions.Count + 1, unit.ValidFrom, scope, "Trước khi sửa");
                db.UnitVersions.Add(current);
            }

            current.ValidTo = now;
            unit.Name = name;
            unit.AreaCode = area;
            unit.ParentCode = parent;
            unit.Level = form.Level;
            db.UnitVersions.Add(VersionOf(unit, Math.Max(versions.Count, current.Version) + 1, now, scope, Blank(form.Note)));
        }

        unit.Email = Blank(form.Email);
        unit.AnswerApprovalRequired = form.AnswerApprovalRequired;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AdminResult.Fail("", "Đơn vị này vừa được người khác sửa. Vui lòng tải lại trang rồi lưu lại.");
        }

        return AdminResult.Done(versioned ? $"Đã lưu phiên bản mới của {unit.Name}." : $"Đã lưu {unit.Name}.");
    }

    /// <summary>Stops the unit from now on; routing hands its items to the successor, if one is named.</summary>
    public async Task<AdminResult> DeactivateAsync(StaffScope scope, string code, string? successorCode, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        var now = time.GetUtcNow();
        if (unit is null || !unit.IsActiveAt(now))
        {
            return AdminResult.Fail("", "Đơn vị không tồn tại hoặc đã ngừng hoạt động.");
        }

        var successor = Blank(successorCode);
        if (successor is not null)
        {
            var next = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == successor, cancellationToken);
            if (next is null || !next.IsActiveAt(now) || next.Code == code)
            {
                return AdminResult.Fail("SucceededByCode", "Đơn vị tiếp nhận phải là một đơn vị khác đang hoạt động.");
            }
        }

        unit.ValidTo = now;
        unit.SucceededByCode = successor;
        var current = await db.UnitVersions.SingleOrDefaultAsync(v => v.UnitCode == code && v.ValidTo == null, cancellationToken);
        current?.ValidTo = now;
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done($"Đơn vị {unit.Name} đã ngừng hoạt động.");
    }

    /// <summary>
    /// Brings a deactivated unit back from now on: its history gets a new version starting now
    /// (the time it was stopped stays a gap), and routing stops handing its items to the successor.
    /// </summary>
    public async Task<AdminResult> ReactivateAsync(StaffScope scope, string code, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        var now = time.GetUtcNow();
        if (unit is null)
        {
            return AdminResult.Fail("", "Không tìm thấy đơn vị.");
        }

        if (unit.ValidTo is null || unit.IsActiveAt(now))
        {
            return AdminResult.Fail("", "Đơn vị đang hoạt động, không cần kích hoạt lại.");
        }

        var note = Blank(reason);
        if (note is { Length: > 500 })
        {
            return AdminResult.Fail("Note", "Lý do kích hoạt lại tối đa 500 ký tự.");
        }

        var versions = await db.UnitVersions.Where(v => v.UnitCode == code).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            // Never edited before it stopped: record the life it had, as UpdateAsync does.
            var before = VersionOf(unit, 1, unit.ValidFrom, scope, "Trước khi ngừng hoạt động");
            before.ValidTo = unit.ValidTo;
            versions.Add(before);
            db.UnitVersions.Add(before);
        }

        var reactivated = VersionOf(unit, versions.Max(v => v.Version) + 1, now, scope, note is null ? "Kích hoạt lại" : $"Kích hoạt lại: {note}");
        db.UnitVersions.Add(reactivated);
        unit.ValidTo = null;
        unit.SucceededByCode = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return AdminResult.Fail("", "Đơn vị này vừa được người khác sửa. Vui lòng tải lại trang rồi thử lại.");
        }

        return AdminResult.Done($"Đơn vị {unit.Name} đã hoạt động trở lại.");
    }

    /// <summary>Only a unit nothing refers to may go: a mistake just made, not a unit with a past.</summary>
    public async Task<AdminResult> DeleteAsync(StaffScope scope, string code, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (unit is null)
        {
            return AdminResult.Fail("", "Không tìm thấy đơn vị.");
        }

        var referenced = await db.Feedback.AnyAsync(f => f.UnitCode == code, cancellationToken)
            || await db.SlaStages.AnyAsync(s => s.UnitCode == code, cancellationToken)
            || await db.ApologyLetters.AnyAsync(l => l.UnitCode == code, cancellationToken)
            || await db.PublishedAnswers.AnyAsync(p => p.UnitCode == code, cancellationToken)
            || await db.RoutingRules.AnyAsync(r => r.UnitCode == code, cancellationToken)
            || await db.Areas.AnyAsync(a => a.CommitteeUnitCode == code, cancellationToken)
            || await db.Units.AnyAsync(u => u.ParentCode == code || u.SucceededByCode == code, cancellationToken)
            || await db.UserClaims.AnyAsync(c => c.ClaimType == StaffClaims.Unit && c.ClaimValue == code, cancellationToken);
        if (referenced)
        {
            return AdminResult.Fail("", "Đơn vị đã có phản ánh, quy tắc phân công, cán bộ hoặc đơn vị khác tham chiếu: hãy cho ngừng hoạt động thay vì xóa.");
        }

        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done($"Đã xóa đơn vị {unit.Name}.");
    }

    public async Task<AdminResult> SaveAreaAsync(StaffScope scope, AreaForm form, bool isNew, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var errors = new Dictionary<string, string>();
        var code = form.Code.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(form.Name) || form.Name.Trim().Length > 128)
        {
            errors["Name"] = "Tên phường/xã bắt buộc, tối đa 128 ký tự.";
        }

        if (string.IsNullOrWhiteSpace(form.ShortName) || form.ShortName.Trim().Length > 128)
        {
            errors["ShortName"] = "Tên gọi ngắn bắt buộc, tối đa 128 ký tự (ví dụ Hải Châu).";
        }

        if (!await db.Units.AnyAsync(u => u.Code == form.CommitteeUnitCode && u.Level == UnitLevel.CommuneCommittee, cancellationToken))
        {
            errors["CommitteeUnitCode"] = "Chọn UBND phường/xã quản lý địa bàn này.";
        }

        var area = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
        if (isNew && (!AreaCodePattern().IsMatch(code) || area is not null))
        {
            errors["Code"] = area is not null ? $"Đã có phường/xã với mã {code}." : "Mã phường/xã gồm 2–32 chữ in hoa không dấu, chữ số hoặc dấu gạch dưới, ví dụ P_HAI_CHAU.";
        }
        else if (!isNew && area is null)
        {
            errors[""] = "Không tìm thấy phường/xã.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        if (area is null)
        {
            db.Areas.Add(new Area { Code = code, Name = form.Name.Trim(), ShortName = form.ShortName.Trim(), CommitteeUnitCode = form.CommitteeUnitCode });
        }
        else
        {
            area.Name = form.Name.Trim();
            area.ShortName = form.ShortName.Trim();
            area.CommitteeUnitCode = form.CommitteeUnitCode;
        }

        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done($"Đã lưu {form.Name.Trim()}.");
    }

    /// <summary>Names and descriptions only: the 15 codes are what routing, the classifier and Open311 clients know.</summary>
    public async Task<AdminResult> SaveFieldAsync(StaffScope scope, string code, string name, string? description, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var field = await db.Fields.SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        var errors = new Dictionary<string, string>();
        if (field is null)
        {
            errors[""] = "Không tìm thấy lĩnh vực.";
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 128)
        {
            errors["Name"] = "Tên lĩnh vực bắt buộc, tối đa 128 ký tự.";
        }

        if (description is { Length: > 1000 })
        {
            errors["Description"] = "Mô tả tối đa 1000 ký tự.";
        }

        if (errors.Count > 0)
        {
            return AdminResult.Fail(errors);
        }

        field!.Name = name.Trim();
        field.Description = description?.Trim() ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done($"Đã lưu lĩnh vực {field.Name}.");
    }

    private async Task<Dictionary<string, string>> ValidateAsync(UnitForm form, string code, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(form.Name) || form.Name.Trim().Length > 256)
        {
            errors["Name"] = "Tên đơn vị bắt buộc, tối đa 256 ký tự.";
        }

        if (!Enum.IsDefined(form.Level))
        {
            errors["Level"] = "Chọn cấp của đơn vị.";
        }

        var area = Blank(form.AreaCode);
        if (form.Level == UnitLevel.CommuneCommittee && area is null)
        {
            errors["AreaCode"] = "UBND phường/xã phải gắn với phường/xã mình quản lý.";
        }
        else if (area is not null && !await db.Areas.AnyAsync(a => a.Code == area, cancellationToken))
        {
            errors["AreaCode"] = "Phường/xã không tồn tại.";
        }

        if (Blank(form.ParentCode) is { } parent)
        {
            var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.ParentCode, cancellationToken);
            if (!parents.ContainsKey(parent))
            {
                errors["ParentCode"] = "Đơn vị cấp trên không tồn tại.";
            }
            else
            {
                // Walk up from the new parent: meeting this unit again would make a loop.
                var seen = new HashSet<string>();
                for (var at = (string?)parent; at is not null && seen.Add(at); at = parents.GetValueOrDefault(at))
                {
                    if (at == code)
                    {
                        errors["ParentCode"] = "Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị trực thuộc nó.";
                        break;
                    }
                }
            }
        }

        if (Blank(form.Email) is { } email && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
        {
            errors["Email"] = "Địa chỉ email không hợp lệ.";
        }

        if (form.Note is { Length: > 500 })
        {
            errors["Note"] = "Lý do thay đổi tối đa 500 ký tự.";
        }

        return errors;
    }

    private static UnitVersion VersionOf(Unit unit, int version, DateTimeOffset from, StaffScope scope, string? note) => new()
    {
        UnitCode = unit.Code,
        Version = version,
        Name = unit.Name,
        Level = unit.Level,
        AreaCode = unit.AreaCode,
        ParentCode = unit.ParentCode,
        ValidFrom = from,
        ChangedBy = scope.Actor,
        Note = note,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Z0-9_]{2,64}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z0-9_]{2,32}$")]
    private static partial Regex AreaCodePattern();
}
