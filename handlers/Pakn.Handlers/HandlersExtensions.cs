using Microsoft.Extensions.Hosting;
using Pakn.Core.Hosting;
using Pakn.Handlers.Assignment;

namespace Pakn.Handlers;

public static class HandlersExtensions
{
    /// <summary>Handlers consumers run only in processes with the handlers role.</summary>
    public static IHostApplicationBuilder AddPaknHandlers(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.HasPaknRole(PaknRole.Handlers))
        {
            builder.Services.AddPaknConsumers(x =>
            {
                x.AddConsumer<AssignFeedbackConsumer>();
                x.AddConsumer<TriageFeedbackConsumer>();
            });
        }

        return builder;
    }
}
