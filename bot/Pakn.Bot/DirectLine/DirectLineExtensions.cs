using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pakn.Bot.WebChat;
using Pakn.Core.Notifications;

namespace Pakn.Bot.DirectLine;

public static class DirectLineExtensions
{
    /// <summary>Direct Line 3.0, the web chat page and its token endpoint, and the "directline" notification transport.</summary>
    public static IHostApplicationBuilder AddPaknDirectLine(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DirectLineOptions.Section);
        builder.Services.Configure<DirectLineOptions>(section);
        var options = section.Get<DirectLineOptions>() ?? new DirectLineOptions();

        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<ActivitySignal>();
        builder.Services.AddScoped<ActivityStore>();
        builder.Services.AddScoped<DirectLineBot>();
        builder.Services.AddSingleton<INotificationTransport, DirectLineNotificationTransport>();

        builder.Services.AddCors(cors => cors.AddPolicy(DirectLineApi.CorsPolicy, policy =>
        {
            // Bearer tokens, not cookies: any page may embed the chat unless origins are listed.
            _ = options.AllowedOrigins.Length == 0 ? policy.AllowAnyOrigin() : policy.WithOrigins(options.AllowedOrigins);
            policy.WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "x-requested-with")
                .WithMethods("GET", "POST")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));

        builder.Services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(WebChatApi.TokenRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.TokensPerMinute, Window = TimeSpan.FromMinutes(1) })));
        return builder;
    }

    /// <remarks>Call after <c>UseRateLimiter</c>: the token endpoint is limited.</remarks>
    public static WebApplication MapPaknDirectLine(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.MapDirectLine();
        app.MapWebChat();
        return app;
    }
}
