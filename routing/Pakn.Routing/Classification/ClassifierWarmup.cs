using Microsoft.Extensions.Hosting;

namespace Pakn.Routing.Classification;

/// <summary>Makes the classifier at start, so the first citizen's item does not wait for training.</summary>
internal sealed class ClassifierWarmup(FieldClassifierProvider provider) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        provider.GetAsync(stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
}
