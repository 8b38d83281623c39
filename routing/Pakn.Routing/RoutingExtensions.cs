using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pakn.Core.Hosting;
using Pakn.Routing.Classification;
using Pakn.Routing.Consumers;

namespace Pakn.Routing;

public static class RoutingExtensions
{
    /// <summary>Routing consumers run only in processes with the routing role.</summary>
    public static IHostApplicationBuilder AddPaknRouting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RoutingTable>();
        if (builder.Configuration.HasPaknRole(PaknRole.Routing))
        {
            builder.Services.AddPaknConsumers(x => x.AddConsumer<RouteFeedbackConsumer>());
        }

        return builder;
    }
}
