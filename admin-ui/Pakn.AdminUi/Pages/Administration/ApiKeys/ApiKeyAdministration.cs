using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.ApiKeys;
using Pakn.Core.Data;

namespace Pakn.AdminUi.Pages.Administration.ApiKeys;

/// <summary>Open311 API keys: made here, shown once, stored as a hash, revoked rather than deleted.</summary>
public sealed class ApiKeyAdministration(StaffAccess access, PaknDbContext db, TimeProvider time)
{
    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The new key is returned here and nowhere else: only its hash is stored.</summary>
    public async Task<(AdminResult Result, string? Key)> CreateAsync(StaffScope scope, string? name, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return (AdminResult.NotAdministrator, null);
        }

        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is < 3 or > 100)
        {
            return (AdminResult.Fail("Name", "Đặt tên cho khóa (hệ thống hoặc đơn vị dùng nó), từ 3 đến 100 ký tự."), null);
        }

        if (await db.ApiKeys.AnyAsync(k => k.Name == trimmed && k.RevokedAt == null, cancellationToken))
        {
            return (AdminResult.Fail("Name", "Đã có khóa đang dùng với tên này."), null);
        }

        var key = ApiKeyHash.NewKey();
        db.ApiKeys.Add(new ApiKey
        {
            Name = trimmed,
            Prefix = key[..12],
            Hash = ApiKeyHash.Of(key),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = scope.Actor,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (AdminResult.Done($"Đã tạo khóa “{trimmed}”. Hãy sao chép ngay: khóa chỉ hiện một lần."), key);
    }

    public async Task<AdminResult> RevokeAsync(StaffScope scope, int id, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdministratorAsync(scope, cancellationToken))
        {
            return AdminResult.NotAdministrator;
        }

        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return AdminResult.Fail("", "Khóa không tồn tại hoặc đã bị thu hồi.");
        }

        key.RevokedAt = time.GetUtcNow();
        key.RevokedBy = scope.Actor;
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done($"Đã thu hồi khóa “{key.Name}”. Yêu cầu dùng khóa này sẽ bị từ chối.");
    }
}
