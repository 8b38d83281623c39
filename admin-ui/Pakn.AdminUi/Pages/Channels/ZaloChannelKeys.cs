using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pakn.Core.Channels;
using Pakn.Core.Data;

namespace Pakn.AdminUi.Pages.Channels;

/// <summary>
/// The Zalo OA keys as the administrator sees and changes them: secrets only ever leave the
/// server masked; a field left blank keeps what is stored; values saved here take precedence
/// over the Pakn:Zalo configuration in every host process.
/// </summary>
public static class ZaloChannelKeys
{
    public static async Task<ZaloChannelView> LoadAsync(PaknDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var row = await db.ZaloChannel.AsNoTracking().SingleOrDefaultAsync(c => c.Id == ZaloChannel.SingletonId, cancellationToken);
        var zalo = configuration.GetSection("Pakn:Zalo");
        ZaloKeyView Key(string? stored, string name, bool secret)
        {
            var configured = zalo[name] ?? "";
            var value = string.IsNullOrEmpty(stored) ? configured : stored;
            var source = !string.IsNullOrEmpty(stored) ? "cơ sở dữ liệu" : configured.Length > 0 ? "tệp cấu hình" : null;
            return new ZaloKeyView(value.Length == 0 ? "chưa có" : secret ? Mask(value) : value, source);
        }

        return new ZaloChannelView(
            Key(row?.AppId, "AppId", secret: false),
            Key(row?.OaSecretKey, "OaSecretKey", secret: true),
            Key(row?.AppSecret, "AppSecret", secret: true),
            Key(row?.AccessToken, "AccessToken", secret: true),
            Key(row?.AccessToken is { Length: > 0 } ? row.RefreshToken : null, "RefreshToken", secret: true),
            row?.AccessTokenExpiresAt,
            row?.RefreshedAt,
            row?.UpdatedBy);
    }

    /// <summary>Null when saved; otherwise the Vietnamese reason nothing was saved.</summary>
    public static async Task<string?> SaveAsync(PaknDbContext db, ZaloChannelForm form, string staffUserName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var appId = Clean(form.AppId);
        var oaSecret = Clean(form.OaSecretKey);
        var appSecret = Clean(form.AppSecret);
        var access = Clean(form.AccessToken);
        var refresh = Clean(form.RefreshToken);
        if (new[] { appId, oaSecret, appSecret }.Any(v => v is { Length: > ZaloChannel.KeyMaxLength })
            || new[] { access, refresh }.Any(v => v is { Length: > ZaloChannel.TokenMaxLength }))
        {
            return "Giá trị quá dài: mã ứng dụng và khóa bí mật tối đa 128 ký tự, mã truy cập tối đa 2.048 ký tự.";
        }

        if (new[] { appId, oaSecret, appSecret, access, refresh }.Any(v => v is not null && v.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            return "Khóa và mã truy cập không được chứa khoảng trắng hay ký tự điều khiển; hãy sao chép lại từ trang quản lý Zalo.";
        }

        if ((access is null) != (refresh is null))
        {
            return "Mã truy cập (access token) và mã làm mới (refresh token) phải nhập cùng nhau: Zalo cấp chúng thành một cặp.";
        }

        if (new[] { appId, oaSecret, appSecret, access }.All(v => v is null))
        {
            return "Chưa có thay đổi nào: các ô để trống giữ nguyên giá trị hiện tại.";
        }

        var row = await db.ZaloChannel.SingleOrDefaultAsync(c => c.Id == ZaloChannel.SingletonId, cancellationToken);
        if (row is null)
        {
            row = new ZaloChannel();
            db.ZaloChannel.Add(row);
        }

        row.AppId = appId ?? row.AppId;
        row.OaSecretKey = oaSecret ?? row.OaSecretKey;
        row.AppSecret = appSecret ?? row.AppSecret;
        if (access is not null)
        {
            // A new pair from Zalo's console: its lifetime is not known, so the first refusal refreshes it.
            row.AccessToken = access;
            row.RefreshToken = refresh!;
            row.AccessTokenExpiresAt = null;
        }

        row.UpdatedAt = now;
        row.UpdatedBy = staffUserName;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The last four characters only, and never more than a quarter of the value.</summary>
    public static string Mask(string secret)
    {
        var shown = Math.Min(4, secret.Length / 4);
        return new string('•', 8) + secret[^shown..];
    }
}

public sealed record ZaloKeyView(string Shown, string? Source);

public sealed record ZaloChannelView(
    ZaloKeyView AppId,
    ZaloKeyView OaSecretKey,
    ZaloKeyView AppSecret,
    ZaloKeyView AccessToken,
    ZaloKeyView RefreshToken,
    DateTimeOffset? AccessTokenExpiresAt,
    DateTimeOffset? RefreshedAt,
    string? UpdatedBy);

public sealed class ZaloChannelForm
{
    public string? AppId { get; set; }
    public string? OaSecretKey { get; set; }
    public string? AppSecret { get; set; }
    public string? AccessToken { get; set; }
    public string? RefreshToken { get; set; }
}
