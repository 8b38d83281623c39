using MassTransit;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Handlers;
using Pakn.Handlers.Sla;
using Pakn.Routing;

namespace Pakn.Host.Simulation;

/// <summary>
/// The real parts, composed as the host composes them (every role, in-memory bus) on a fresh
/// SQLite file, with the virtual clock as every service's TimeProvider. The deadline sweeper is
/// not left to its timer: the simulation runs its passes at the simulated moments.
/// </summary>
internal static class SimulationHost
{
    public static IHost Build(string dataDirectory, string modelDirectory, VirtualClock clock)
    {
        // No configuration files are read, so nothing needs watching: a watcher on the content
        // root would wake for every file written under it.
        var settings = new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory };
        settings.Configuration = new ConfigurationManager();
        settings.Configuration["hostBuilder:reloadConfigOnChange"] = "false";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pakn:DataDirectory"] = dataDirectory,
            ["Pakn:Roles"] = "web,routing,handlers",
            ["Pakn:DemoData"] = "true",
            ["Pakn:Database:Provider"] = "Sqlite",
            ["Pakn:Database:MigrateOnStart"] = "true",
            ["Pakn:Bus:Transport"] = "InMemory",
            ["Pakn:Routing:ModelDirectory"] = modelDirectory,
        });
        builder.Logging.ClearProviders();
        // Errors only: retried conflicts and recoveries are the pipeline working, and the last
        // line of the output must stay the report.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter((_, level) => level >= LogLevel.Error);

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<StaffInbox>();
        builder.Services.AddSingleton<BusActivity>();
        builder.AddPaknCore();
        builder.Services.ConfigureDbContext<PaknDbContext>(o => o.AddInterceptors(new ThrowAwayDatabase()));
        builder.AddPaknRouting();
        builder.AddPaknHandlers();
        builder.Services.AddPaknConsumers(x => x.AddConsumer<StaffInboxConsumer>());
        builder.AddPaknMessaging();
        builder.Services.Remove(builder.Services.Single(d =>
            d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DeadlineSweeper)));
        return builder.Build();
    }

    /// <summary>Called once the bus runs, so every delivery and publish is counted.</summary>
    public static BusActivity WatchBus(IServiceProvider services)
    {
        var activity = services.GetRequiredService<BusActivity>();
        var bus = services.GetRequiredService<IBus>();
        bus.ConnectReceiveObserver(activity);
        bus.ConnectPublishObserver(activity);
        return activity;
    }
}
