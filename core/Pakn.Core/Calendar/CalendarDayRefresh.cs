using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pakn.Core.Data;

namespace Pakn.Core.Calendar;

/// <summary>
/// Loads the administrators' calendar days before consumers start (registered after the
/// database initializer) and reads them again every <see cref="Interval"/>, so a day saved on
/// another replica reaches this one too; the replica that saves it reloads at once.
/// </summary>
public sealed partial class CalendarDayRefresh(
    IServiceScopeFactory scopes,
    CalendarDayOverrides overrides,
    TimeProvider time,
    ILogger<CalendarDayRefresh> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryReloadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TryReloadAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task TryReloadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await overrides.ReloadAsync(scope.ServiceProvider.GetRequiredService<PaknDbContext>(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database not yet migrated (MigrateOnStart off) or briefly away: keep the days in use.
            LogReloadFailed(ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar days could not be read ({ExceptionType}); keeping those in use")]
    private partial void LogReloadFailed(string exceptionType);
}
