using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Hosting;
using Pakn.Core.Notifications;

namespace Pakn.Bot.Zalo;

public static class ZaloExtensions
{
    /// <summary>The Zalo OA channel: webhook consumer (web role), reply client, notification transport.</summary>
    public static IServiceCollection AddPaknZalo(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ZaloOptions>(configuration.GetSection(ZaloOptions.Section));
        services.AddSingleton<ZaloTokens>();
        services.AddHttpClient(nameof(ZaloTokens), c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient<ZaloClient>(c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient<ZaloMedia>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        services.AddSingleton<INotificationTransport, ZaloNotificationTransport>();
        if (configuration.HasPaknRole(PaknRole.Web))
        {
            services.AddPaknConsumers(x => x.AddConsumer<ZaloEventConsumer>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPaknZalo(this IEndpointRouteBuilder app) => app.MapZaloWebhook();
}
