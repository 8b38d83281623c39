using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pakn.Core.Feedback;
using static Pakn.AdminUi.Portal.PublicHtml;

namespace Pakn.AdminUi.Portal;

/// <summary>
/// The public portal, <c>/cong-khai</c>: published answers with search (with or without
/// diacritics), filters by area, field and period, and one page per answer. No sign-in.
/// </summary>
public static class PortalPages
{
    private const int ExcerptLength = 240;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEndpointRouteBuilder MapPublicPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cong-khai", ListAsync);
        app.MapGet("/cong-khai/{code}", ItemAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(
        PortalQueries portal,
        HttpContext context,
        [FromQuery(Name = "q")] string? search,
        [FromQuery(Name = "linh-vuc")] string? field,
        [FromQuery(Name = "phuong-xa")] string? area,
        [FromQuery(Name = "tu-ngay")] string? from,
        [FromQuery(Name = "den-ngay")] string? to,
        [FromQuery(Name = "trang")] string? page,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var fromAt = ParseDate(from, "Từ ngày", errors);
        var toAt = ParseDate(to, "Đến ngày", errors)?.AddDays(1);
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100_000 ? n : 1;
        search = search is { Length: > 200 } ? search[..200] : search;
        var (fields, areas) = await portal.ChoicesAsync(cancellationToken);
        field = fields.Any(f => f.Code == field) ? field : null;
        area = areas.Any(a => a.Code == area) ? area : null;

        var (entries, total) = await portal.ListAsync(new PortalFilter(search, field, area, fromAt, toAt, pageNumber), cancellationToken);

        var body = new StringBuilder();
        body.Append("""<form class="filters" method="get" action="/cong-khai">""")
            .Append(Invariant, $"""<label>Tìm kiếm<br><input name="q" value="{E(search)}" maxlength="200" placeholder="ví dụ: den duong hong"></label>""")
            .Append(Select("linh-vuc", "Lĩnh vực", fields, field))
            .Append(Select("phuong-xa", "Phường/xã", areas, area))
            .Append(Invariant, $"""<label>Từ ngày<br><input type="date" name="tu-ngay" value="{E(from)}"></label>""")
            .Append(Invariant, $"""<label>Đến ngày<br><input type="date" name="den-ngay" value="{E(to)}"></label>""")
            .Append("""<button type="submit">Lọc</button></form>""");
        foreach (var error in errors)
        {
            body.Append(Invariant, $"""<p class="error">{E(error)}</p>""");
        }

        body.Append(CultureInfo.GetCultureInfo("vi-VN"), $"""<p class="meta">{total:N0} kết quả</p>""");
        if (entries.Count == 0)
        {
            body.Append("<p>Không có kết quả trả lời nào phù hợp.</p>");
        }

        foreach (var entry in entries)
        {
            var heading = entry.Title is { Length: > 0 } t ? t : Excerpt(entry.Question, 90);
            body.Append("""<article class="item">""")
                .Append(Invariant, $"""<h2><a href="/cong-khai/{E(entry.TrackingCode)}">{E(heading)}</a></h2>""")
                .Append(Invariant, $"""<p class="text">{E(Excerpt(entry.Question, ExcerptLength))}</p>""")
                .Append(Invariant, $"""<p class="meta">{E(entry.UnitName)} · {E(entry.FieldName)} · {E(entry.AreaName)} · trả lời {Date(entry.AnsweredAt)}{(entry.Rating is { } r ? $" · {Stars(r)}" : "")}</p>""")
                .Append("</article>");
        }

        var pages = (total + PortalQueries.PageSize - 1) / PortalQueries.PageSize;
        if (pages > 1)
        {
            body.Append("<p>");
            if (pageNumber > 1)
            {
                body.Append(Invariant, $"""<a href="{PageLink(context, pageNumber - 1)}">« Trang trước</a> """);
            }

            body.Append(Invariant, $"Trang {pageNumber}/{pages}");
            if (pageNumber < pages)
            {
                body.Append(Invariant, $""" <a href="{PageLink(context, pageNumber + 1)}">Trang sau »</a>""");
            }

            body.Append("</p>");
        }

        context.Response.Headers.CacheControl = "public, max-age=60";
        return Html(Page("Kết quả trả lời phản ánh, kiến nghị", body.ToString()),
            errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ItemAsync(string code, PortalQueries portal, Core.Data.PaknDbContext db, CancellationToken cancellationToken)
    {
        var entry = TrackingCode.TryNormalize(code, out var normalized) ? await portal.FindAsync(normalized, cancellationToken) : null;
        if (entry is null)
        {
            return Html(Page("Không tìm thấy kết quả trả lời",
                """<p>Phản ánh này chưa được công khai hoặc không tồn tại. Người gửi có thể <a href="/tra-cuu">tra cứu theo mã</a>.</p>"""),
                StatusCodes.Status404NotFound);
        }

        var body = new StringBuilder()
            .Append("<dl>")
            .Append(Invariant, $"<dt>Mã phản ánh</dt><dd>{E(entry.TrackingCode)}</dd>")
            .Append(Invariant, $"<dt>Lĩnh vực</dt><dd>{E(entry.FieldName)}</dd>")
            .Append(Invariant, $"<dt>Phường/xã</dt><dd>{E(entry.AreaName)}</dd>")
            .Append(Invariant, $"<dt>Đơn vị trả lời</dt><dd>{E(entry.UnitName)}</dd>")
            .Append(Invariant, $"<dt>Ngày gửi</dt><dd>{Date(entry.ReceivedAt)}</dd>")
            .Append(Invariant, $"<dt>Ngày trả lời</dt><dd>{Date(entry.AnsweredAt)}</dd>")
            .Append(Invariant, $"<dt>Ngày công khai</dt><dd>{Date(entry.PublishedAt)}</dd>")
            .Append(Invariant, $"""<dt>Đánh giá của người gửi</dt><dd class="rating">{Rating(entry)}</dd>""")
            .Append("</dl>")
            .Append(Invariant, $"""<h2>Nội dung phản ánh</h2><p class="text">{E(entry.Question)}</p>""")
            .Append(Invariant, $"""<h2>Nội dung trả lời</h2><div class="answer">{Core.Text.RichText.ToHtml(entry.Answer)}</div>""")
            .Append(PublicEvidence.Html(entry.TrackingCode, await PublicEvidence.ListAsync(db, entry.TrackingCode, cancellationToken)));
        return Html(Page(entry.Title is { Length: > 0 } t ? t : $"Phản ánh {entry.TrackingCode}", body.ToString()));
    }

    private static DateTimeOffset? ParseDate(string? value, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(TimeOnly.MinValue);
            // As a UTC instant: stored times compare by clock ticks on SQLite, and Npgsql takes UTC only.
            return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
        }

        errors.Add($"{label} không hợp lệ; vui lòng chọn ngày theo dạng ngày/tháng/năm. Bộ lọc này đã được bỏ qua.");
        return null;
    }

    private static string Select(string name, string label, IReadOnlyList<(string Code, string Name)> options, string? selected)
    {
        var html = new StringBuilder().Append(Invariant, $"""<label>{E(label)}<br><select name="{name}"><option value="">Tất cả</option>""");
        foreach (var (code, text) in options)
        {
            html.Append(Invariant, $"""<option value="{E(code)}"{(code == selected ? " selected" : "")}>{E(text)}</option>""");
        }

        return html.Append("</select></label>").ToString();
    }

    private static string PageLink(HttpContext context, int page)
    {
        var query = context.Request.Query.Where(q => q.Key != "trang")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append(string.Create(Invariant, $"trang={page}"));
        return E("/cong-khai?" + string.Join('&', query));
    }

    /// <summary>"★★★★☆ 4/5": the stars for the eye, the number for screen readers and search.</summary>
    private static string Stars(int rating) =>
        string.Create(Invariant, $"""<span class="stars" aria-hidden="true">{new string('★', rating)}{new string('☆', 5 - rating)}</span> {rating}/5""");

    private static string Rating(PortalEntry entry) => entry.Rating switch
    {
        null => "Chưa đánh giá",
        { } r => Stars(r) + (entry.ResolvedByCitizen switch
        {
            true => " · người gửi xác nhận đã được giải quyết",
            false => " · người gửi cho biết chưa được giải quyết",
            null => "",
        }),
    };

    private static string Excerpt(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
