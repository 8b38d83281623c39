using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Data;
using Pakn.Core.Triage;

namespace Pakn.Routing.Classification;

/// <summary>
/// Retrains the classifier when coordinators have placed enough items since the current model:
/// checked on a schedule, trained off the routing path (the provider swaps the model when done).
/// </summary>
public sealed partial class ClassifierRetraining(
    FieldClassifierProvider provider,
    IServiceScopeFactory scopes,
    IOptions<RoutingOptions> options,
    TimeProvider time,
    ILogger<ClassifierRetraining> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetrainCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The current model keeps routing; the next tick tries again.
                LogRetrainFailed(ex.GetType().Name);
            }
        }
    }

    /// <summary>One scheduled check: retrains when enough new examples are there; true when it did.</summary>
    public async Task<bool> CheckAsync(CancellationToken ct)
    {
        // The first model is the warm-up's; retraining only improves on one that exists.
        await provider.GetAsync(ct);
        int stored;
        using (var scope = scopes.CreateScope())
        {
            stored = await scope.ServiceProvider.GetRequiredService<PaknDbContext>().Set<LabelledExample>().CountAsync(ct);
        }

        if (stored - provider.TrainedOnStoredExamples < options.Value.RetrainAfterExamples)
        {
            return false;
        }

        var retrained = await provider.RetrainAsync(ct);
        if (retrained)
        {
            LogRetrained(provider.TrainedOnStoredExamples);
        }

        return retrained;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing classifier retrained with {Stored} coordinators' examples")]
    private partial void LogRetrained(int stored);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Routing classifier retraining failed ({ExceptionType}); keeping the current model")]
    private partial void LogRetrainFailed(string exceptionType);
}
