using Microsoft.Extensions.Hosting;
using Pakn.Core.Hosting;
using Pakn.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Handlers.Assignment;
using Pakn.Handlers.Letters;
using Pakn.Handlers.Notifications;
using Pakn.Handlers.Publishing;
using Pakn.Handlers.Sla;

namespace Pakn.Handlers;

public static class HandlersExtensions
{
    /// <summary>Handlers consumers run only in processes with the handlers role.</summary>
    public static IHostApplicationBuilder AddPaknHandlers(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SlaOptions>(builder.Configuration.GetSection($"{PaknOptions.Section}:Sla"));
        builder.Services.Configure<LetterOptions>(builder.Configuration.GetSection($"{PaknOptions.Section}:Letters"));
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection($"{PaknOptions.Section}:Notifications"));
        builder.Services.Configure<PublishingOptions>(builder.Configuration.GetSection($"{PaknOptions.Section}:Publishing"));
        builder.Services.AddSingleton<INotificationTransport, StaffInboxTransport>();
        builder.Services.AddSingleton<INotificationTransport, SmtpEmailTransport>();
        // Coordinators place items from the staff UI, whatever roles this process runs.
        if (builder.Configuration.HasPaknRole(PaknRole.Handlers))
        {
            builder.Services.AddHostedService<DeadlineSweeper>();
            builder.Services.AddHostedService<NotificationDispatcher>();
            builder.Services.AddHostedService<AutoPublisher>();
            builder.Services.AddPaknConsumers(x =>
            {
                x.AddConsumer<AssignFeedbackConsumer>();
                x.AddConsumer<TriageFeedbackConsumer>();
                x.AddConsumer<IssueApologyLetterConsumer>();
            });
        }

        return builder;
    }
}
