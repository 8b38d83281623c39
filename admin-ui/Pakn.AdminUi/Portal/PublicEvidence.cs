using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Pages.Items;
using Pakn.Core.Attachments;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using static Pakn.AdminUi.Portal.PublicHtml;

namespace Pakn.AdminUi.Portal;

/// <summary>One file of evidence shown with a published answer.</summary>
public sealed record EvidenceFile(Guid Id, string FileName, string ContentType);

/// <summary>
/// The evidence staff attached to an answer and marked public, on the public answer page. Only
/// while the answer is published and not hidden, never for a confidential item, and never a
/// citizen's own file.
/// </summary>
public static class PublicEvidence
{
    public static IEndpointRouteBuilder MapPublicEvidence(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cong-khai/{code}/tep/{attachmentId:guid}", async (
            string code, Guid attachmentId, PaknDbContext db, AttachmentStore store, PublicPhotoCopies photos, HttpContext context, CancellationToken ct) =>
        {
            var stored = TrackingCode.TryNormalize(code, out var normalized)
                ? (await StoredAsync(db, normalized, ct)).FirstOrDefault(f => f.File.Id == attachmentId)
                : null;
            // A blurred copy, when a moderator made one, is the only version ever served here.
            var key = stored?.PublicStorageKey ?? stored?.StorageKey;
            if (stored is null || key is null || !store.Exists(key))
            {
                return Results.NotFound();
            }

            var file = stored.File;

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.CacheControl = "public, max-age=300";
            if (!EvidenceRules.IsImage(file.ContentType))
            {
                // A PDF downloads, so nothing from a file runs on this origin.
                return Results.Stream(store.Open(key), "application/octet-stream", $"minh-chung-{file.Id:N}.pdf");
            }

            if (stored.PublicStorageKey is not null)
            {
                return Results.Stream(store.Open(key), file.ContentType);
            }

            // An unblurred photo is never served as uploaded: its metadata may say where and by whom.
            return await photos.GetAsync(key, ct) is { } clean ? Results.File(clean.Content, clean.ContentType) : Results.NotFound();
        });
        return app;
    }

    public static async Task<IReadOnlyList<EvidenceFile>> ListAsync(PaknDbContext db, string trackingCode, CancellationToken cancellationToken) =>
        [.. (await StoredAsync(db, trackingCode, cancellationToken)).Select(s => s.File)];

    /// <summary>The public files with where they are stored, read in the same query as the list.</summary>
    private static async Task<IReadOnlyList<StoredEvidence>> StoredAsync(PaknDbContext db, string trackingCode, CancellationToken cancellationToken)
    {
        var published = await (from p in db.PublishedAnswers.AsNoTracking()
                               join f in db.Feedback on p.FeedbackId equals f.Id
                               where p.TrackingCode == trackingCode && !p.Hidden && !f.Confidential
                               select p.FeedbackId).AnyAsync(cancellationToken);
        if (!published)
        {
            return [];
        }

        var files = await db.Feedback.AsNoTracking().Where(f => f.TrackingCode == trackingCode)
            .SelectMany(f => f.Attachments)
            .Where(a => a.Published)
            .Select(a => new StoredEvidence(new EvidenceFile(a.Id, a.FileName, a.PublicContentType ?? a.ContentType), a.StorageKey, a.PublicStorageKey))
            .ToListAsync(cancellationToken);
        return [.. files.Where(f => EvidenceRules.IsAllowed(f.File.ContentType))];
    }

    private sealed record StoredEvidence(EvidenceFile File, string StorageKey, string? PublicStorageKey);

    public static string Html(string trackingCode, IReadOnlyList<EvidenceFile> files)
    {
        if (files.Count == 0)
        {
            return "";
        }

        // File names are not shown: staff name files after people and places.
        var html = new StringBuilder("<h2>Minh chứng kết quả xử lý</h2><ul class=\"evidence\">");
        var number = 0;
        foreach (var file in files)
        {
            number++;
            var url = $"/cong-khai/{E(trackingCode)}/tep/{file.Id}";
            html.Append("<li>");
            html.Append(EvidenceRules.IsImage(file.ContentType)
                ? $"<a href=\"{url}\"><img src=\"{url}\" alt=\"Ảnh minh chứng {number}\" loading=\"lazy\" style=\"max-width:100%;height:auto\"></a>"
                : $"<a href=\"{url}\">Tài liệu minh chứng {number}</a> (PDF)");
            html.Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }
}
