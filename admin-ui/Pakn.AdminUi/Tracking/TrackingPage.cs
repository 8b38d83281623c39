using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using static Pakn.AdminUi.Portal.PublicHtml;

namespace Pakn.AdminUi.Tracking;

/// <summary>
/// The public tracking page, <c>/tra-cuu/{code}</c>: plain server-rendered HTML, light enough
/// for any phone, every value HTML-encoded, in the public portal's frame.
/// </summary>
public static class TrackingPage
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

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
            body.Append("<h2>Nội dung trả lời</h2><div class=\"answer\">").Append(Core.Text.RichText.ToHtml(status.Answer)).Append("</div>");
        }

        return Html(Page($"Phản ánh {status.TrackingCode}", body.ToString()), StatusCodes.Status200OK);
    }

    private static string Row(string label, string? value) =>
        value is null ? "" : $"<dt>{E(label)}</dt><dd>{E(value)}</dd>";

    private static string? Format(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, Zone).ToString("HH:mm 'ngày' dd/MM/yyyy", Vietnamese) : null;

    private static string LookupForm() =>
        """<form method="get" action="/tra-cuu"><label for="ma">Nhập mã tra cứu</label> <input id="ma" name="ma" placeholder="PA-XXXX-XXXX" maxlength="20" autocomplete="off"> <button type="submit">Tra cứu</button></form>""";
}
