using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Outbox;

namespace Pakn.Bot.Zalo;

/// <summary>
/// <c>POST /zalo/webhook</c>: verifies the event's signature and age, records its delivery id
/// (a retry by Zalo is acknowledged and dropped), queues it through the outbox and answers 200 at
/// once; the conversation runs in <see cref="ZaloEventConsumer"/>. A refused event changes nothing.
/// </summary>
public static class ZaloWebhook
{
    public const string Path = "/zalo/webhook";
    public const string DeliveryMarker = "zalo-webhook";
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapZaloWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>The processed-message key of one delivery id: the same msg_id always gives the same key.</summary>
    public static Guid DeliveryKey(string deliveryId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("zalo:" + deliveryId)).AsSpan(0, 16));

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<ZaloOptions> options, ZaloTokens keys, PaknDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var zalo = await keys.SettingsAsync(cancellationToken);
        if (!zalo.IsConfigured)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chưa cấu hình Zalo OA", detail: "Kênh Zalo OA chưa được cấu hình trên hệ thống này.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "Sự kiện quá lớn", "Nội dung sự kiện vượt quá 64 KB.");
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, "Sự kiện quá lớn", "Nội dung sự kiện vượt quá 64 KB.");
        }

        var signature = request.Headers[ZaloSignature.Header].ToString();
        if (signature.Length == 0)
        {
            return Reject(StatusCodes.Status401Unauthorized, "Thiếu chữ ký", $"Sự kiện thiếu header {ZaloSignature.Header}.");
        }

        if (ZaloEvent.Parse(body) is not { } zaloEvent)
        {
            return Reject(StatusCodes.Status400BadRequest, "Sự kiện không hợp lệ", "Nội dung không phải sự kiện Zalo OA hợp lệ (thiếu app_id, event_name, sender hoặc timestamp).");
        }

        if (zaloEvent.AppId != zalo.AppId || !ZaloSignature.Verify(signature, zaloEvent.AppId, body, zaloEvent.Timestamp, zalo.OaSecretKey))
        {
            return Reject(StatusCodes.Status401Unauthorized, "Chữ ký không hợp lệ", "Chữ ký X-ZEvent-Signature không khớp với nội dung sự kiện.");
        }

        var now = time.GetUtcNow();
        if ((now - zaloEvent.At).Duration() > options.Value.MaxEventAge)
        {
            return Reject(StatusCodes.Status400BadRequest, "Sự kiện quá hạn", "Thời điểm của sự kiện quá xa hiện tại; sự kiện gửi lại muộn không được xử lý.");
        }

        var key = DeliveryKey(zaloEvent.DeliveryId);
        if (await db.IsProcessedAsync(key, DeliveryMarker, cancellationToken))
        {
            return Results.Ok(new { status = "duplicate" });
        }

        db.MarkProcessed(key, DeliveryMarker, now);
        db.Enqueue(new ZaloEventReceived(zaloEvent.DeliveryId, zaloEvent.SenderId, body, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same delivery arriving twice at once: the other request queued it.
            return Results.Ok(new { status = "duplicate" });
        }

        return Results.Ok(new { status = "accepted" });
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static IResult Reject(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
