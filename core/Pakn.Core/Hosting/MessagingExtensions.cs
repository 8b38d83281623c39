using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pakn.Core.Outbox;

namespace Pakn.Core.Hosting;

public static class MessagingExtensions
{
    /// <summary>
    /// Lets a part add its consumers before the bus is built; <see cref="AddPaknMessaging"/>
    /// applies every registration, so each part owns its consumers and roles pick the parts.
    /// </summary>
    public static IServiceCollection AddPaknConsumers(this IServiceCollection services, Action<IBusRegistrationConfigurator> register) =>
        services.AddSingleton(new ConsumerRegistration(register));

    /// <summary>The in-memory transport by default, RabbitMQ when Pakn:Bus:Transport says so.</summary>
    public static IHostApplicationBuilder AddPaknMessaging(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PaknOptions.Section).Get<PaknOptions>() ?? new PaknOptions();
        var bus = options.Bus;
        if (bus.Transport == BusTransport.InMemory && PaknRoles.Parse(options.Roles) != PaknRole.All)
        {
            // An in-memory bus reaches only this process: events for a role it does not run
            // would be published to nobody and lost.
            throw new InvalidOperationException(
                $"Pakn:Roles={options.Roles} splits the parts across processes, which needs a shared broker: "
                + "set Pakn:Bus:Transport=RabbitMq, or run every role (web,routing,handlers) in this process.");
        }

        var registrations = builder.Services
            .Where(d => d.ServiceType == typeof(ConsumerRegistration))
            .Select(d => (ConsumerRegistration)d.ImplementationInstance!)
            .ToList();

        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            foreach (var registration in registrations)
            {
                registration.Register(x);
            }

            if (bus.Transport == BusTransport.RabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(bus.Host, bus.Port, bus.VirtualHost, h =>
                    {
                        h.Username(bus.Username);
                        h.Password(bus.Password);
                    });
                    ConfigureEndpoints(context, cfg, bus);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg, bus));
            }
        });
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });

        builder.Services.AddSingleton<OutboxRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        return builder;
    }

    private static void ConfigureEndpoints<TEndpoint>(IBusRegistrationContext context, IBusFactoryConfigurator<TEndpoint> cfg, BusOptions bus)
        where TEndpoint : IReceiveEndpointConfigurator
    {
        // Optimistic-concurrency conflicts and SQLite's single writer are transient: retry with
        // growing pauses before a message is given up to the error queue.
        cfg.UseMessageRetry(r => r.Exponential(8, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(100)));
        cfg.ConcurrentMessageLimit = bus.ConcurrentMessageLimit;
        cfg.ConfigureEndpoints(context);
    }

    public sealed record ConsumerRegistration(Action<IBusRegistrationConfigurator> Register);
}
