using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Letters;
using Pakn.Core.Outbox;

namespace Pakn.Handlers.Letters;

/// <summary>
/// A missed resolution deadline produces the written apology at once: numbered in the unit's
/// series for the year, with the standard reason when the unit gave none (the unit head is then
/// asked to review it), a new date, and both an HTML print view and a DOCX. A breach reported
/// twice still gives one letter (unique per item and missed deadline); a number taken by a
/// concurrent letter makes the save fail and the retry take the next number.
/// </summary>
public sealed class IssueApologyLetterConsumer(
    PaknDbContext db,
    WorkingCalendars calendars,
    IOptions<LetterOptions> options,
    TimeProvider time) : IConsumer<SlaBreached>
{
    private const string Name = "handlers.issue-apology-letter";

    public async Task Consume(ConsumeContext<SlaBreached> context)
    {
        var messageId = context.RequireMessageId();
        var ct = context.CancellationToken;
        var breach = context.Message;
        if (breach.Clock != SlaClock.Resolution || await db.IsProcessedAsync(messageId, Name, ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var item = await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Id == breach.FeedbackId, ct);
        var alreadyWritten = await db.ApologyLetters.AnyAsync(l => l.FeedbackId == breach.FeedbackId && l.MissedDueAt == breach.DueAt, ct);
        if (item is not null && !alreadyWritten && item.UnitCode is { } unitCode && item.State is not (FeedbackState.Rejected or FeedbackState.Merged))
        {
            var settings = options.Value;
            var unitName = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? unitCode;
            var calendar = calendars.At(now);
            var year = TimeZoneInfo.ConvertTime(now, calendar.TimeZone).Year;
            var number = 1 + (await db.ApologyLetters.Where(l => l.UnitCode == unitCode && l.Year == year)
                .MaxAsync(l => (int?)l.Number, ct) ?? 0);
            var newDue = calendar.AddWorkingDays(now, settings.NewDateWorkingDays);
            var content = LetterContent.Compose(settings, unitName, $"{number:00}/PXL", item.Contact.Name, item.TrackingCode,
                item.ReceivedAt, breach.DueAt, newDue, settings.StandardReason, now);
            var letter = new ApologyLetter
            {
                FeedbackId = item.Id,
                UnitCode = unitCode,
                Year = year,
                Number = number,
                IssuedAt = now,
                MissedDueAt = breach.DueAt,
                NewDueAt = newDue,
                Reason = settings.StandardReason,
                StandardReason = true,
                Html = LetterRenderer.Html(content),
                Docx = LetterRenderer.Docx(content),
            };
            db.ApologyLetters.Add(letter);
            db.Enqueue(new ApologyLetterIssued(item.Id, letter.Id, item.TrackingCode, unitCode, letter.NumberText, newDue, letter.StandardReason), now);
        }

        db.MarkProcessed(messageId, Name, now);
        await db.SaveChangesAsync(ct);
    }
}
