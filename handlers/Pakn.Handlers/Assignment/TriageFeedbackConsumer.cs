using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;

namespace Pakn.Handlers.Assignment;

/// <summary>Puts an item routing could not place into the coordinators' triage queue.</summary>
public sealed partial class TriageFeedbackConsumer(
    PaknDbContext db,
    TimeProvider time,
    ILogger<TriageFeedbackConsumer> logger) : IConsumer<FeedbackNeedsTriage>
{
    private const string Name = "handlers.triage-feedback";

    public async Task Consume(ConsumeContext<FeedbackNeedsTriage> context)
    {
        var messageId = context.RequireMessageId();
        var ct = context.CancellationToken;
        if (await db.IsProcessedAsync(messageId, Name, ct))
        {
            return;
        }

        var triage = context.Message;
        var now = time.GetUtcNow();
        var item = await db.Feedback.SingleOrDefaultAsync(f => f.Id == triage.FeedbackId, ct);
        if (item is null || item.State != FeedbackState.Received)
        {
            LogStale(triage.FeedbackId, item?.State);
        }
        else
        {
            var suggestions = triage.SuggestedFieldCodes.Count > 0
                ? $" Gợi ý lĩnh vực: {string.Join(", ", triage.SuggestedFieldCodes)}."
                : "";
            // A suspected tố cáo is kept confidential from the first moment, before anyone confirms it.
            item.SendToTriage(triage.Reason + suggestions, Actors.Routing, now, confidential: triage.NotPaknLabel == "TO_CAO");
            if (triage.PossibleDuplicateOfId is { } original)
            {
                item.SuspectDuplicateOf(original);
            }
        }

        db.MarkProcessed(messageId, Name, now);
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Triage request for {FeedbackId} ignored: item is {State}")]
    private partial void LogStale(Guid feedbackId, FeedbackState? state);
}
