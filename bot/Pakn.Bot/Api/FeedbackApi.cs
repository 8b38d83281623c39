using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Intake;

namespace Pakn.Bot.Api;

public static class FeedbackApi
{
    public const string SubmissionRateLimit = "submissions";

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feedback").WithTags("Phản ánh, kiến nghị");
        api.MapPost("/", SubmitAsync).RequireRateLimiting(SubmissionRateLimit);
        api.MapGet("/{trackingCode}", GetStatusAsync);
        return app;
    }

    /// <summary>202 with the tracking code once the item and its event are committed.</summary>
    private static async Task<IResult> SubmitAsync(HttpRequest request, FeedbackIntake intake, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<FeedbackRequest>(request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // Chat channels arrive through the bot, hotline/counter/mail entries through signed-in
        // staff: an anonymous caller may only say what it is, an API client.
        if (body!.Channel is { } channelCode && !string.Equals(channelCode.Trim(), ChannelNames.Code(Channel.Api), StringComparison.OrdinalIgnoreCase))
        {
            var known = ChannelNames.TryParse(channelCode, out _);
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["channel"] = [known
                    ? "Kênh này chỉ dành cho cán bộ tiếp nhận nhập trong trang quản trị; ứng dụng kết nối dùng kênh “api”."
                    : "Kênh tiếp nhận không hợp lệ; ứng dụng kết nối dùng kênh “api”."],
            });
        }

        var channel = Channel.Api;

        var result = await intake.SubmitAsync(new SubmitFeedback
        {
            Content = body.Content,
            Title = body.Title,
            Area = body.Area,
            Address = body.Address,
            Latitude = body.Latitude,
            Longitude = body.Longitude,
            Channel = channel,
            Contact = body.Contact is { } c
                ? new SubmittedContact { Name = c.Name, Phone = c.Phone, Email = c.Email, Address = c.Address, Consent = c.Consent }
                : null,
        }, cancellationToken);

        return result.Succeeded
            ? Results.Accepted($"/api/feedback/{result.TrackingCode}", new
            {
                trackingCode = result.TrackingCode,
                message = $"Phản ánh đã được tiếp nhận với mã {result.TrackingCode}. Đơn vị xử lý sẽ phản hồi trong vòng 24 giờ.",
                statusUrl = $"/api/feedback/{result.TrackingCode}",
            })
            : Problems.Validation(result.Errors);
    }

    private static async Task<IResult> GetStatusAsync(string trackingCode, PaknDbContext db, CancellationToken cancellationToken)
    {
        if (!TrackingCode.TryNormalize(trackingCode, out var code))
        {
            return Problems.BadTrackingCode();
        }

        var status = await db.FindPublicStatusAsync(code, cancellationToken);
        return status is null ? Problems.UnknownTrackingCode(code) : Results.Ok(FeedbackStatusResponse.From(status));
    }
}
