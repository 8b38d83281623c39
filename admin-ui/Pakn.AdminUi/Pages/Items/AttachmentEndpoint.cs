using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.AdminUi.Access;
using Pakn.Core.Attachments;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;

namespace Pakn.AdminUi.Pages.Items;

public static class AttachmentEndpoint
{
    /// <summary>
    /// A file of an item the person may read, always as a download: a citizen's HTML or SVG file
    /// must never run in a staff member's session.
    /// </summary>
    public static IEndpointRouteBuilder MapAttachmentDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/tep/{code}/{attachmentId:guid}", async (
            string code, Guid attachmentId, ClaimsPrincipal user, PaknDbContext db, IOptions<PaknOptions> options, CancellationToken ct) =>
        {
            var attachment = await VisibleAsync(db, user, code, attachmentId, ct);
            var root = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, "attachments"));
            var path = attachment is null ? null : Path.GetFullPath(Path.Combine(root, attachment.StorageKey));
            if (attachment is null || path is null || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                return Results.NotFound();
            }

            return Results.File(path, "application/octet-stream", attachment.FileName);
        }).RequireAuthorization();

        // A photo shown in the page, for a moderator marking what to blur (the original) or
        // checking the result (?ban=cong-khai). Only the photo types a browser shows, never SVG.
        app.MapGet("/admin/anh/{code}/{attachmentId:guid}", async (
            string code, Guid attachmentId, string? ban, ClaimsPrincipal user, PaknDbContext db, AttachmentStore store, HttpContext context, CancellationToken ct) =>
        {
            var attachment = await VisibleAsync(db, user, code, attachmentId, ct);
            var (key, type) = ban == "cong-khai" && attachment?.PublicStorageKey is { } blurred
                ? (blurred, attachment.PublicContentType ?? attachment.ContentType)
                : (attachment?.StorageKey, attachment?.ContentType);
            if (key is null || type is null || !EvidenceRules.IsImage(type) || !EvidenceRules.IsAllowed(type) || !store.Exists(key))
            {
                return Results.NotFound();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "private, no-store";
            return Results.Stream(store.Open(key), type);
        }).RequireAuthorization();
        return app;
    }

    /// <summary>The attachment, when its item is one this person may see; null for a bad code too.</summary>
    private static Task<Attachment?> VisibleAsync(PaknDbContext db, ClaimsPrincipal user, string code, Guid attachmentId, CancellationToken ct) =>
        TrackingCode.TryNormalize(code, out var normalized)
            ? db.Feedback.AsNoTracking().VisibleTo(StaffScope.From(user))
                .Where(f => f.TrackingCode == normalized)
                .SelectMany(f => f.Attachments)
                .SingleOrDefaultAsync(a => a.Id == attachmentId, ct)
            : Task.FromResult<Attachment?>(null);
}
