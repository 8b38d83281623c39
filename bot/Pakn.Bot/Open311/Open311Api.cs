using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Bot.Api;
using Pakn.Core.ApiKeys;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Intake;
using Pakn.Core.Text;

namespace Pakn.Bot.Open311;

/// <summary>
/// Open311 GeoReport v2 (JSON) over the same intake and the same public status: services are
/// our fields, agency_responsible is the unit, expected_datetime the resolution deadline.
/// The description and the answer are the published copy the portal shows (personal data
/// stripped, edited by the moderator), and nothing for an item not published or hidden: filed
/// text may carry personal data until publishing strips it. Lists, which anyone may read
/// without a tracking code, give a rejection as its state only (the reason is staff's free text).
/// </summary>
public static class Open311Api
{
    private const int MaxResults = 1000;

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/open311/v2").WithTags("Open311 GeoReport v2");
        api.MapGet("/services.json", ListServicesAsync);
        api.MapGet("/services/{code}.json", GetServiceAsync);
        api.MapPost("/requests.json", CreateRequestAsync).RequireRateLimiting(FeedbackApi.SubmissionRateLimit);
        api.MapGet("/requests.json", ListRequestsAsync);
        api.MapGet("/requests/{id}.json", GetRequestAsync);
        return app;
    }

    private static async Task<IResult> ListServicesAsync(PaknDbContext db, CancellationToken cancellationToken)
    {
        var fields = await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        return Results.Ok(fields.Select(f => new Open311Service(
            f.Code, f.Name, f.Description, false, "realtime", f.Keywords, "Phản ánh, kiến nghị")));
    }

    private static async Task<IResult> GetServiceAsync(string code, PaknDbContext db, CancellationToken cancellationToken)
    {
        var wanted = code.ToUpperInvariant();
        var exists = await db.Fields.AnyAsync(f => f.Code == wanted, cancellationToken);
        return exists
            ? Results.Ok(new Open311ServiceDefinition(wanted, []))
            : Error(StatusCodes.Status404NotFound, $"Không có dịch vụ (lĩnh vực) với mã “{InputEcho.Of(code)}”.");
    }

    private static async Task<IResult> CreateRequestAsync(
        HttpRequest request, FeedbackIntake intake, PaknDbContext db, TimeProvider time, IOptions<Open311Options> options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > JsonBody.MaxBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, $"Dữ liệu gửi lên vượt quá {JsonBody.MaxBytes / 1024} KB.");
        }

        Dictionary<string, string?> form;
        try
        {
            form = await ReadParametersAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or BadHttpRequestException or InvalidOperationException)
        {
            return Error(StatusCodes.Status400BadRequest, "Không đọc được dữ liệu gửi lên: dùng application/x-www-form-urlencoded hoặc JSON.");
        }

        if (!await ApiKeyCheck.IsValidAsync(db, form.GetValueOrDefault("api_key"), options.Value.ApiKeys, time.GetUtcNow(), cancellationToken))
        {
            return Error(StatusCodes.Status403Forbidden, "Khóa API (api_key) không hợp lệ hoặc bị thiếu.");
        }

        if (string.IsNullOrWhiteSpace(form.GetValueOrDefault("service_code")))
        {
            return Error(StatusCodes.Status400BadRequest, "Thiếu mã dịch vụ (service_code).");
        }

        if (!TryParseCoordinate(form.GetValueOrDefault("lat"), out var lat) || !TryParseCoordinate(form.GetValueOrDefault("long"), out var lon))
        {
            return Error(StatusCodes.Status400BadRequest, "Tọa độ lat/long phải là số thập phân, ví dụ 16.0678.");
        }

        var name = string.Join(' ', new[] { form.GetValueOrDefault("first_name"), form.GetValueOrDefault("last_name") }
            .Where(n => !string.IsNullOrWhiteSpace(n)));
        var result = await intake.SubmitAsync(new SubmitFeedback
        {
            Content = form.GetValueOrDefault("description"),
            FieldCode = form.GetValueOrDefault("service_code"),
            Area = form.GetValueOrDefault("area") ?? form.GetValueOrDefault("attribute[area]"),
            Address = form.GetValueOrDefault("address_string"),
            Latitude = lat,
            Longitude = lon,
            Channel = Channel.Api,
            Contact = new SubmittedContact
            {
                Name = name.Length == 0 ? null : name,
                Phone = form.GetValueOrDefault("phone"),
                Email = form.GetValueOrDefault("email"),
            },
        }, cancellationToken);

        if (!result.Succeeded)
        {
            return Results.Json(
                result.Errors.SelectMany(e => e.Value).Select(m => new Open311Error(400, m)).ToArray(),
                statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(
            new[] { new Open311Created(result.TrackingCode!, "Phản ánh đã được tiếp nhận. Đơn vị xử lý sẽ phản hồi trong vòng 24 giờ.") },
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ListRequestsAsync(HttpRequest request, PaknDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var items = db.Feedback.Where(f => !f.Confidential);

        if (query["service_request_id"].ToString() is { Length: > 0 } ids)
        {
            var codes = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(id => TrackingCode.TryNormalize(id, out var code) ? code : null)
                .OfType<string>()
                .Take(MaxResults)
                .ToList();
            items = items.Where(f => codes.Contains(f.TrackingCode));
        }
        else
        {
            // The spec's default window is the last 90 days.
            var now = time.GetUtcNow();
            if (!TryParseDate(query["start_date"], out var start) || !TryParseDate(query["end_date"], out var end))
            {
                return Error(StatusCodes.Status400BadRequest, "start_date/end_date phải theo định dạng W3C, ví dụ 2026-01-31T00:00:00Z.");
            }

            var from = start ?? (end ?? now).AddDays(-90);
            var to = end ?? now;
            items = items.Where(f => f.ReceivedAt >= from && f.ReceivedAt <= to);
            if (query["service_code"].ToString() is { Length: > 0 } serviceCodes)
            {
                var fieldCodes = serviceCodes.ToUpperInvariant().Split(',', StringSplitOptions.TrimEntries);
                items = items.Where(f => f.FieldCode != null && fieldCodes.Contains(f.FieldCode));
            }
        }

        var status = query["status"].ToString().ToLowerInvariant();
        if (status is "open" or "closed")
        {
            var open = FeedbackStateNames.OpenStates;
            items = status == "open"
                ? items.Where(f => open.Contains(f.State))
                : items.Where(f => !open.Contains(f.State));
        }

        var rows = await items.OrderByDescending(f => f.ReceivedAt).Take(MaxResults).SelectPublicStatus(db).ToListAsync(cancellationToken);
        var questions = await PublishedQuestionsAsync(db, [.. rows.Select(r => r.TrackingCode)], cancellationToken);
        return Results.Ok(rows
            .OrderByDescending(s => s.ReceivedAt)
            .Select(s => ToRequest(s with { RejectionReason = null }, questions.GetValueOrDefault(s.TrackingCode))));
    }

    /// <summary>The portal's copy of each question: only published, not hidden, never confidential.</summary>
    private static async Task<Dictionary<string, string>> PublishedQuestionsAsync(PaknDbContext db, List<string> codes, CancellationToken cancellationToken) =>
        await (from p in db.PublishedAnswers.AsNoTracking()
               join f in db.Feedback on p.FeedbackId equals f.Id
               where codes.Contains(p.TrackingCode) && !p.Hidden && !f.Confidential
               select new { p.TrackingCode, p.Question })
            .ToDictionaryAsync(p => p.TrackingCode, p => p.Question, cancellationToken);

    private static async Task<IResult> GetRequestAsync(string id, PaknDbContext db, CancellationToken cancellationToken)
    {
        if (!TrackingCode.TryNormalize(id, out var code))
        {
            return Error(StatusCodes.Status400BadRequest, "Mã phản ánh có dạng PA-XXXX-XXXX.");
        }

        var status = await db.FindPublicStatusAsync(code, cancellationToken);
        return status is null
            ? Error(StatusCodes.Status404NotFound, $"Không có phản ánh nào với mã {code}.")
            : Results.Ok(new[] { ToRequest(status, (await PublishedQuestionsAsync(db, [code], cancellationToken)).GetValueOrDefault(code)) });
    }

    private static Open311Request ToRequest(PublicStatus s, string? publishedQuestion) => new(
        s.TrackingCode,
        FeedbackStateNames.IsOpen(s.State) ? "open" : "closed",
        s.Answer ?? s.RejectionReason ?? s.StateLabel,
        s.StateCode,
        s.FieldName,
        s.FieldCode,
        publishedQuestion,
        s.UnitName,
        null,
        s.ReceivedAt,
        s.UpdatedAt,
        s.ResolutionDueAt,
        s.AreaName);

    private static async Task<Dictionary<string, string?>> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        }

        if (request.HasJsonContentType())
        {
            if (request.ContentLength > JsonBody.MaxBytes)
            {
                throw new InvalidDataException("Body too large.");
            }

            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    _ => null,
                },
                StringComparer.OrdinalIgnoreCase);
        }

        // api_key may also come in the query string, as many Open311 clients send it.
        return request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
    }

    private static bool TryParseCoordinate(string? text, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryParseDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            value = parsed.ToUniversalTime();
            return true;
        }

        return false;
    }

    private static IResult Error(int status, string description) =>
        Results.Json(new[] { new Open311Error(status, description) }, statusCode: status);
}
