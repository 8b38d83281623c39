using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pakn.Bot.Api;
using Pakn.Bot.Conversations;
using Pakn.Bot.DirectLine;
using Pakn.Bot.Open311;
using Pakn.Bot.Zalo;
using Pakn.Core.Hosting;

namespace Pakn.Bot;

public static class BotExtensions
{
    /// <summary>Intake endpoints: REST, Open311 (the chat channels join them in their own issue).</summary>
    public static IHostApplicationBuilder AddPaknBot(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<Open311Options>(builder.Configuration.GetSection($"{PaknOptions.Section}:Open311"));
        builder.Services.AddPaknConversations(builder.Configuration);
        builder.Services.AddPaknZalo(builder.Configuration);
        var perMinute = builder.Configuration.GetValue($"{PaknOptions.Section}:RateLimits:SubmissionsPerMinute", 30);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Gửi quá nhiều yêu cầu",
                    detail: "Bạn đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau một phút.")
                    .ExecuteAsync(context.HttpContext);
            // Per client address: one person cannot flood intake, a ward office behind one NAT
            // still has room (the limit is configuration).
            limiter.AddPolicy(FeedbackApi.SubmissionRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        builder.AddPaknDirectLine();
        if (builder.Configuration.HasPaknRole(PaknRole.Web))
        {
            builder.Services.AddHostedService<SuggesterWarmup>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ChatRetention>());
        }

        return builder;
    }

    public static WebApplication MapPaknBot(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapFeedbackApi();
        app.MapOpen311();
        app.MapPaknDirectLine();
        app.MapPaknZalo();
        return app;
    }
}
