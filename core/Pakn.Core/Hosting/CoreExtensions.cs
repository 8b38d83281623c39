using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Pakn.Core.Calendar;
using Pakn.Core.Data;
using Pakn.Core.Intake;
using Pakn.Core.Outbox;
using Pakn.Core.Seeding;
using Pakn.Core.Sla;

namespace Pakn.Core.Hosting;

public static class CoreExtensions
{
    /// <summary>Options, database, outbox relay, intake and health: what every role needs.</summary>
    public static IHostApplicationBuilder AddPaknCore(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PaknOptions.Section);
        builder.Services.Configure<PaknOptions>(section);
        builder.Services.Configure<OutboxOptions>(section.GetSection("Outbox"));
        var options = section.Get<PaknOptions>() ?? new PaknOptions();
        PaknRoles.Parse(options.Roles); // fail at start on a misspelt role

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<WorkingCalendarOptions>(builder.Configuration.GetSection(WorkingCalendarOptions.Section));
        builder.Services.Configure<WorkingCalendarOptions>(CalendarDayOverrides.ConfiguredName, builder.Configuration.GetSection(WorkingCalendarOptions.Section));
        builder.Services.AddSingleton<WorkingCalendars>();
        builder.Services.AddCalendarDays();
        builder.Services.AddSingleton<OutboxSignal>();

        var dataDirectory = DatabaseExtensions.DataDirectory(options, builder.Environment.ContentRootPath);
        builder.Services.PostConfigure<PaknOptions>(o => o.DataDirectory = dataDirectory);
        var connectionString = DatabaseExtensions.ConnectionString(builder.Configuration, options, builder.Environment.ContentRootPath);
        builder.Services.AddDbContext<PaknDbContext>(db => db.UsePaknDatabase(options.Database.Provider, connectionString));

        // Registered before the bus so the schema exists when consumers start.
        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        builder.Services.AddHostedService<CalendarDayRefresh>();

        builder.Services.AddScoped<FeedbackIntake>();
        builder.Services.AddScoped<SlaPolicies>();
        builder.Services.AddScoped<DeadlineExtensions>();
        builder.Services.AddScoped<CalendarDayChanges>();
        builder.Services.AddHostedService<StalledIntakeRecovery>();
        builder.Services.AddSingleton<AreaDirectory>();

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c> answers 200 only when the database and the bus are ready (load balancers
    /// and the compose file use it); <c>/health/live</c> only says the process runs.
    /// </summary>
    public static IEndpointRouteBuilder MapPaknCore(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = WriteHealthAsync,
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        });
}
