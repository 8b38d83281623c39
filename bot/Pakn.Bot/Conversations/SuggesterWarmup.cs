using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pakn.Core.Intake;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Asks the classifier once when the host starts, in the background, so the first citizen who
/// describes something does not wait for the model to be loaded or trained.
/// </summary>
internal sealed partial class SuggesterWarmup(IServiceProvider services, ILogger<SuggesterWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<IFieldSuggester>() is not { } suggester)
        {
            return;
        }

        try
        {
            await Task.Yield();
            await suggester.SuggestAsync("Đèn đường trước nhà hỏng đã lâu, buổi tối đi lại rất nguy hiểm", stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The first turn loads it again; the chat must start anyway.
            LogWarmupFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the field classifier for the chat failed")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
