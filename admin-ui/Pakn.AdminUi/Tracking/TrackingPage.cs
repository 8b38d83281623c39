using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Tracking;

/// <summary>
/// The public tracking page, <c>/tra-cuu/{code}</c>: plain server-rendered HTML, light enough
/// for any phone, every value HTML-encoded. The portal issue builds the full public site on it.
/// </summary>
public static class TrackingPage
{
    private static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Vietnamese letters stay readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapTrackingPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tra-cuu/{code}", RenderAsync);
        app.MapGet("/tra-cuu", (string? ma) => string.IsNullOrWhiteSpace(ma)
            ? Html(Page("Tra cứu phản ánh", LookupForm()), StatusCodes.Status200OK)
            : Results.Redirect($"/tra-cuu/{Uri.EscapeDataString(ma.Trim())}"));
        return app;
    }

    private static async Task<IResult> RenderAsync(string code, PaknDbContext db, CancellationToken cancellationToken)
    {
        if (!TrackingCode.TryNormalize(code, out var normalized))
        {
            return Html(Page("Mã tra cứu không hợp lệ",
                "<p>Mã tra cứu có dạng <strong>PA-XXXX-XXXX</strong>. Vui lòng kiểm tra lại mã đã nhận.</p>" + LookupForm()),
                StatusCodes.Status400BadRequest);
        }

        var status = await db.FindPublicStatusAsync(normalized, cancellationToken);
        if (status is null)
        {
            return Html(Page("Không tìm thấy phản ánh",
                $"<p>Không có phản ánh nào với mã <strong>{E(normalized)}</strong>.</p>" + LookupForm()),
                StatusCodes.Status404NotFound);
        }

        var body = new StringBuilder()
            .Append("<dl>")
            .Append(Row("Mã phản ánh", status.TrackingCode))
            .Append(Row("Trạng thái", status.StateLabel))
            .Append(Row("Ngày tiếp nhận", Format(status.ReceivedAt)))
            .Append(Row("Lĩnh vực", status.FieldName))
            .Append(Row("Phường/xã", status.AreaName))
            .Append(Row("Đơn vị xử lý", status.UnitName))
            .Append(Row("Hạn phản hồi", Format(status.FirstResponseDueAt)))
            .Append(Row("Hạn giải quyết", Format(status.ResolutionDueAt)))
            .Append(Row("Lý do không tiếp nhận", status.RejectionReason))
            .Append("</dl>");
        if (status.Answer is not null)
        {
            body.Append("<h2>Nội dung trả lời</h2><p class=\"answer\">").Append(E(status.Answer)).Append("</p>");
        }

        return Html(Page($"Phản ánh {status.TrackingCode}", body.ToString()), StatusCodes.Status200OK);
    }

    private static string Row(string label, string? value) =>
        value is null ? "" : $"<dt>{E(label)}</dt><dd>{E(value)}</dd>";

    private static string? Format(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, VietnamTime).ToString("HH:mm 'ngày' dd/MM/yyyy", Vietnamese) : null;

    private static string E(string text) => Encoder.Encode(text);

    private static string LookupForm() =>
        """<form method="get" action="/tra-cuu"><label for="ma">Nhập mã tra cứu</label> <input id="ma" name="ma" placeholder="PA-XXXX-XXXX" maxlength="20" autocomplete="off"> <button type="submit">Tra cứu</button></form>""";

    private static string Page(string title, string body) => $$"""
        <!doctype html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · Pakn</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}
        h1{font-size:1.4rem;color:#a50e0e}dt{font-weight:600;margin-top:.6rem}dd{margin:0}
        .answer{white-space:pre-wrap;background:#f5f5f5;padding:.8rem;border-radius:.4rem}
        input,button{font-size:1rem;padding:.4rem}
        </style>
        </head>
        <body>
        <h1>{{E(title)}}</h1>
        {{body}}
        </body>
        </html>
        """;

    private static IResult Html(string html, int status) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
