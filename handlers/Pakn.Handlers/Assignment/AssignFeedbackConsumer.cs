using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;
using Pakn.Core.Sla;

namespace Pakn.Handlers.Assignment;

/// <summary>Records routing's decision on the item and starts its clocks.</summary>
public sealed partial class AssignFeedbackConsumer(
    PaknDbContext db,
    SlaPolicies policies,
    TimeProvider time,
    ILogger<AssignFeedbackConsumer> logger) : IConsumer<FeedbackRouted>
{
    private const string Name = "handlers.assign-feedback";

    public async Task Consume(ConsumeContext<FeedbackRouted> context)
    {
        var messageId = context.RequireMessageId();
        var ct = context.CancellationToken;
        if (await db.IsProcessedAsync(messageId, Name, ct))
        {
            return;
        }

        var routed = context.Message;
        var now = time.GetUtcNow();
        var item = await db.Feedback.SingleOrDefaultAsync(f => f.Id == routed.FeedbackId, ct);
        if (item is null || item.State is not (FeedbackState.Received or FeedbackState.NeedsTriage))
        {
            // A coordinator placed it, or it was rejected or merged, while routing ran: staff win.
            LogStale(routed.FeedbackId, item?.State);
        }
        else
        {
            // The item keeps the policy it started with, also when a coordinator places it again.
            var terms = item.SlaPolicyId is null
                ? await policies.NewTermsAsync(routed.FieldCode, routed.Severity, item.ReceivedAt, ct)
                : await policies.TermsForAsync(item, ct);
            item.Assign(routed.UnitCode, routed.FieldCode, routed.Severity, terms,
                Actors.Routing, now, $"{routed.Reason} (độ tin cậy {routed.Confidence:P0})");
            if (routed.PossibleDuplicateOfId is { } original)
            {
                item.SuspectDuplicateOf(original);
            }
            db.Enqueue(new FeedbackAssigned(item.Id, item.TrackingCode, routed.UnitCode, routed.FieldCode, now, item.FirstResponseDueAt!.Value, item.ResolutionDueAt!.Value), now);
        }

        db.MarkProcessed(messageId, Name, now);
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing decision for {FeedbackId} ignored: item is {State}")]
    private partial void LogStale(Guid feedbackId, FeedbackState? state);
}
