using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Outbox;
using Pakn.Routing.Classification;

namespace Pakn.Routing.Consumers;

/// <summary>Decides where a received item goes; the decision leaves through the outbox.</summary>
public sealed partial class RouteFeedbackConsumer(
    PaknDbContext db,
    RoutingTable routingTable,
    FieldClassifierProvider classifiers,
    DuplicateIndex duplicates,
    IOptions<RoutingOptions> options,
    TimeProvider time,
    ILogger<RouteFeedbackConsumer> logger,
    LanguageModelClassifier? languageModel = null) : IConsumer<FeedbackReceived>
{
    private const string Name = "routing.route-feedback";

    public async Task Consume(ConsumeContext<FeedbackReceived> context)
    {
        var messageId = context.RequireMessageId();
        var ct = context.CancellationToken;
        if (await db.IsProcessedAsync(messageId, Name, ct))
        {
            return;
        }

        var received = context.Message;
        var now = time.GetUtcNow();
        var item = await db.Feedback.AsNoTracking()
            .Where(f => f.Id == received.FeedbackId)
            .Select(f => new { f.Title, f.Content, f.AreaCode, f.FieldCode })
            .SingleOrDefaultAsync(ct);
        if (item is null)
        {
            // The outbox commits the event with the item, so this means the item was deleted.
            LogMissing(received.FeedbackId);
        }
        else
        {
            var table = await routingTable.GetAsync(ct);
            var text = $"{item.Title}\n{item.Content}";
            RoutingDecision decision;
            if (item.FieldCode is { } chosen)
            {
                decision = Router.DecideForField(table, chosen, text, item.AreaCode, now);
            }
            else
            {
                var classifier = await classifiers.GetAsync(ct);
                var ranked = classifier.Predict(text);
                decision = Router.Decide(table, ranked, text, item.AreaCode, now, options.Value.ConfidenceThreshold, options.Value.MarginThreshold);
                if (decision.UnitCode is null && decision.NotPaknLabel is null && ranked.Count > 0 && languageModel is not null)
                {
                    decision = Router.WithSecondOpinion(table, decision, ranked[0], await AskLanguageModelAsync(text, table, ct), item.AreaCode, now);
                }
            }

            var duplicate = decision.NotPaknLabel is null ? await duplicates.FindOriginalAsync(db, received.FeedbackId, item.AreaCode, text, now, ct) : null;
            if (decision is { FieldCode: { } field, UnitCode: { } unit })
            {
                db.Enqueue(new FeedbackRouted(received.FeedbackId, field, unit, decision.Severity, decision.Confidence, decision.Reason, duplicate), now);
            }
            else
            {
                db.Enqueue(new FeedbackNeedsTriage(received.FeedbackId, decision.Reason, decision.Suggestions, decision.NotPaknLabel, duplicate), now);
            }
        }

        db.MarkProcessed(messageId, Name, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A model that is down or slow must not hold up intake: no answer is an answer.</summary>
    private async Task<string?> AskLanguageModelAsync(string text, RoutingSnapshot table, CancellationToken ct)
    {
        try
        {
            return await languageModel!.ClassifyAsync(text, table.Fields, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogLanguageModelFailed(ex.GetType().Name);
            return null;
        }
    }

    // Only the exception type: messages from the connector may echo the request.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Language model second opinion failed ({ExceptionType}); routing without it")]
    private partial void LogLanguageModelFailed(string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback {FeedbackId} to route no longer exists")]
    private partial void LogMissing(Guid feedbackId);
}
