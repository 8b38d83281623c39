using Microsoft.Extensions.Configuration;
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
        builder.Services.Configure<RoutingOptions>(builder.Configuration.GetSection($"{PaknOptions.Section}:Routing"));
        builder.Services.AddSingleton<RoutingTable>();
        builder.Services.AddSingleton<FieldClassifierProvider>();
        builder.Services.AddSingleton<DuplicateIndex>();
        if (builder.Configuration.HasPaknRole(PaknRole.Routing))
        {
            builder.Services.AddHostedService<ClassifierWarmup>();
            builder.Services.AddPaknConsumers(x => x.AddConsumer<RouteFeedbackConsumer>());
        }

        return builder;
    }
}
