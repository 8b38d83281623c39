using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Pakn.AdminUi.Portal;

/// <summary>
/// The public pages' frame: plain server-rendered HTML with a little inline CSS and no script,
/// light on a phone; every value goes through <see cref="E"/>.
/// </summary>
public static class PublicHtml
{
    private static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Vietnamese letters stay readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    public static string Date(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, VietnamTime).ToString("dd/MM/yyyy", Vietnamese) : "";

    public static TimeZoneInfo Zone => VietnamTime;

    public static string Page(string title, string body) => $$"""
        <!doctype html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} · Pakn</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}
        header a{color:#a50e0e;font-weight:700;text-decoration:none}nav a{margin-right:1rem}
        h1{font-size:1.4rem;color:#a50e0e}h2{font-size:1.1rem}
        .text{white-space:pre-wrap;overflow-wrap:anywhere}.answer{background:#f5f5f5;padding:.8rem;border-radius:.4rem}
        .item{border-bottom:1px solid #ddd;padding:.6rem 0}.meta{color:#555;font-size:.9rem}.stars{color:#b26a00}
        form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem;margin-bottom:1rem}
        input,select,button{font-size:1rem;padding:.4rem;max-width:100%}.error{color:#a50e0e}
        dt{font-weight:600;margin-top:.6rem}dd{margin:0}
        </style>
        </head>
        <body>
        <header><a href="/cong-khai">Pakn · Công khai kết quả trả lời phản ánh, kiến nghị</a></header>
        <nav><a href="/cong-khai">Kết quả trả lời</a><a href="/tra-cuu">Tra cứu theo mã</a></nav>
        <main>
        <h1>{{E(title)}}</h1>
        {{body}}
        </main>
        </body>
        </html>
        """;

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
