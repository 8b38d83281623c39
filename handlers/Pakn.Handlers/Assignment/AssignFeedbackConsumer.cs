using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;
using Pakn.Handlers.Sla;

namespace Pakn.Handlers.Assignment;

/// <summary>Records routing's decision on the item and starts its clocks.</summary>
public sealed partial class AssignFeedbackConsumer(
    PaknDbContext db,
    WorkingCalendars calendars,
    IOptions<SlaOptions> sla,
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
            var resolutionDays = await db.Fields.Where(f => f.Code == routed.FieldCode)
                .Select(f => (int?)f.ResolutionDays).SingleOrDefaultAsync(ct) ?? 10;
            var calendar = calendars.At(item.ReceivedAt);
            var due = DueTimes.For(calendar, item.ReceivedAt, resolutionDays, routed.Severity);
            var warn = DueTimes.WarningPoints(calendar, item.ReceivedAt, due.FirstResponse, due.Resolution, sla.Value.WarningShare);
            item.Assign(routed.UnitCode, routed.FieldCode, routed.Severity, due.FirstResponse, due.Resolution,
                Actors.Routing, now, $"{routed.Reason} (độ tin cậy {routed.Confidence:P0})", warn.FirstResponse, warn.Resolution);
            if (routed.PossibleDuplicateOfId is { } original)
            {
                item.SuspectDuplicateOf(original);
            }
            db.Enqueue(new FeedbackAssigned(item.Id, item.TrackingCode, routed.UnitCode, routed.FieldCode, now, due.FirstResponse, due.Resolution), now);
        }

        db.MarkProcessed(messageId, Name, now);
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing decision for {FeedbackId} ignored: item is {State}")]
    private partial void LogStale(Guid feedbackId, FeedbackState? state);
}
