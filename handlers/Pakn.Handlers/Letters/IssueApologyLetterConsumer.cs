using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Core.Calendar;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Letters;
using Pakn.Core.Notifications;
using Pakn.Core.Outbox;

namespace Pakn.Handlers.Letters;

/// <summary>
/// The written apology for a missed promise: issued at once on a missed resolution deadline,
/// and when the unit head approves an extension (so before the old deadline). Numbered in the
/// unit's series for the year; the unit's reason and new date when it gave them (an approved
/// or still pending request), else the standard reason (the unit head is then asked to review
/// it) and a new date a few working days on. Rendered as an HTML print view and a DOCX,
/// stored with the item, and sent to the citizen. One letter per missed deadline, however
/// often it is reported (unique per item and missed deadline). The number comes from the
/// unit's <see cref="LetterSequence"/> row, incremented in the letter's own transaction: a
/// concurrent issuer in another process waits on that row instead of taking the same number.
/// </summary>
public sealed class IssueApologyLetterConsumer(
    PaknDbContext db,
    WorkingCalendars calendars,
    IOptions<LetterOptions> options,
    TimeProvider time) : IConsumer<SlaBreached>, IConsumer<ExtensionApproved>
{
    private const string Name = "handlers.issue-apology-letter";

    public Task Consume(ConsumeContext<SlaBreached> context) =>
        context.Message.Clock == SlaClock.Resolution
            ? IssueAsync(context, context.Message.FeedbackId, context.Message.DueAt, extension: null)
            : Task.CompletedTask;

    public Task Consume(ConsumeContext<ExtensionApproved> context) =>
        IssueAsync(context, context.Message.FeedbackId, context.Message.MissedDueAt, context.Message);

    private async Task IssueAsync(ConsumeContext context, Guid feedbackId, DateTimeOffset missedDueAt, ExtensionApproved? extension)
    {
        var messageId = context.RequireMessageId();
        var ct = context.CancellationToken;
        if (await db.IsProcessedAsync(messageId, Name, ct))
        {
            return;
        }

        var now = time.GetUtcNow();
        var item = await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.Id == feedbackId, ct);
        var alreadyWritten = await db.ApologyLetters.AnyAsync(l => l.FeedbackId == feedbackId && l.MissedDueAt == missedDueAt, ct);
        if (item is not null && !alreadyWritten && item.UnitCode is { } unitCode && item.State is not (FeedbackState.Rejected or FeedbackState.Merged))
        {
            var settings = options.Value;
            var calendar = calendars.At(now);
            // A breach while a request waits still uses what the unit said, when its date is still ahead.
            var pending = item.ExtensionState == Core.Sla.ExtensionState.Requested && item.ExtensionNewDueAt > now;
            var reason = extension is not null ? extension.Reason : pending ? item.ExtensionReason : null;
            var newDue = extension?.NewDueAt ?? (pending ? item.ExtensionNewDueAt!.Value : calendar.AddWorkingDays(now, settings.NewDateWorkingDays));
            var unitName = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Name).SingleOrDefaultAsync(ct) ?? unitCode;
            var year = TimeZoneInfo.ConvertTime(now, calendar.TimeZone).Year;
            await LetterNumbers.EnsureSeriesAsync(db, unitCode, year, ct);
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                // A retried attempt starts again from nothing tracked (the item is read without tracking).
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var number = await LetterNumbers.TakeAsync(db, unitCode, year, ct);
                Write(item, unitCode, year, number, unitName, missedDueAt, newDue, reason, now);
                db.MarkProcessed(messageId, Name, now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return;
        }

        db.MarkProcessed(messageId, Name, now);
        await db.SaveChangesAsync(ct);
    }

    private void Write(FeedbackItem item, string unitCode, int year, int number, string unitName,
        DateTimeOffset missedDueAt, DateTimeOffset newDue, string? reason, DateTimeOffset now)
    {
        var settings = options.Value;
        var content = LetterContent.Compose(settings, unitName, $"{number:00}/PXL", item.Contact.Name, item.TrackingCode,
            item.ReceivedAt, missedDueAt, newDue, reason ?? settings.StandardReason, now);
        var letter = new ApologyLetter
        {
            FeedbackId = item.Id,
            UnitCode = unitCode,
            Year = year,
            Number = number,
            IssuedAt = now,
            MissedDueAt = missedDueAt,
            NewDueAt = newDue,
            Reason = reason ?? settings.StandardReason,
            StandardReason = reason is null,
            Html = LetterRenderer.Html(content),
            Docx = LetterRenderer.Docx(content),
        };
        db.ApologyLetters.Add(letter);
        db.Enqueue(new ApologyLetterIssued(item.Id, letter.Id, item.TrackingCode, unitCode, letter.NumberText, newDue, letter.StandardReason), now);
        db.Notifications.AddRange(CitizenNotifications.For(item, new CitizenNotice(CitizenNoticeKind.ApologyLetterIssued, now, letter.NumberText, newDue)));
        if (letter.StandardReason)
        {
            db.Notifications.Add(StaffAlerts.To(StaffRoles.UnitHead, unitCode, "letter.review", item.Id, item.TrackingCode,
                $"Xem lại phiếu xin lỗi {letter.NumberText}: {item.TrackingCode}",
                $"Phiếu xin lỗi số {letter.NumberText} cho phản ánh {item.TrackingCode} dùng lý do chuẩn vì đơn vị chưa nêu lý do. Đề nghị thủ trưởng đơn vị xem lại.",
                now));
        }
    }
}
