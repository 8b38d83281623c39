using Pakn.Core.Calendar;
using Pakn.Core.Contracts;

namespace Pakn.Host.Simulation;

internal enum DeskAction
{
    Acknowledge,
    AskForInformation,
    CitizenReplies,
    Answer,
    Publish,
    Place,
    RequestExtension,
    ApproveExtension,
}

/// <summary>One staff or citizen action at its moment; an extension request carries the new date it asks for.</summary>
internal readonly record struct PlannedAction(DateTimeOffset At, Guid FeedbackId, DeskAction Action, DateOnly? NewDate = null)
{
    /// <summary>Extension requests and approvals go through the staff service one by one, at their own moment.</summary>
    public bool ThroughService => Action is DeskAction.RequestExtension or DeskAction.ApproveExtension;
}

/// <summary>
/// How simulated people behave, drawn from one seeded generator per item. Most units answer
/// well in time; some acknowledge only on the next working morning (and miss the 24 hours over
/// a weekend), some ask the citizen for more (the resolution clock pauses until the reply),
/// some ask for more time before the deadline (the unit head mostly approves, which writes the
/// apology letter), some answer late, a few forget the item until the apology letter reminds
/// the unit head, some never.
/// </summary>
internal static class StaffBehaviour
{
    public const double Forget = 0.02;
    public const double AskForInformation = 0.08;
    public const double CitizenReplies = 0.85;
    public const double AnswerLate = 0.08;
    public const double Extend = 0.05;
    public const double ExtensionApproved = 0.85;
    public const double Publish = 0.9;

    public static IEnumerable<PlannedAction> ForAssigned(FeedbackAssigned assigned, WorkingCalendar calendar, Random random)
    {
        var id = assigned.FeedbackId;
        var start = assigned.AssignedAt;
        if (random.NextDouble() < Forget)
        {
            if (random.NextDouble() < 0.5)
            {
                yield return new(calendar.AddWorkingDays(Later(assigned.ResolutionDueAt, start), 1 + random.Next(5)), id, DeskAction.Answer);
            }

            yield break;
        }

        var urgent = assigned.FirstResponseDueAt - start < TimeSpan.FromHours(12);
        var acknowledge = urgent
            ? start + Hours(Exponential(random, 0.6))
            : random.NextDouble() < 0.55
                ? start + Hours(Exponential(random, 4)) // the duty officer, evenings and weekends too
                : calendar.AddWorkingTime(start, Hours(Exponential(random, 3)));
        yield return new(acknowledge, id, DeskAction.Acknowledge);

        var window = calendar.WorkingTimeBetween(start, Later(assigned.ResolutionDueAt, start));
        var share = random.NextDouble() < AnswerLate ? 1.02 + (random.NextDouble() * 0.8) : 0.1 + (random.NextDouble() * 0.85);
        var answer = Max(calendar.AddWorkingTime(start, window * share), acknowledge + TimeSpan.FromMinutes(5));
        if (random.NextDouble() < AskForInformation)
        {
            var ask = calendar.AddWorkingTime(acknowledge, Hours(0.5 + (random.NextDouble() * 8)));
            yield return new(ask, id, DeskAction.AskForInformation);
            if (random.NextDouble() < CitizenReplies)
            {
                var reply = ask + Hours(2 + (random.NextDouble() * 96));
                yield return new(reply, id, DeskAction.CitizenReplies);
                answer = Max(answer, calendar.AddWorkingTime(reply, Hours(1 + (random.NextDouble() * 16))));
            }
            else
            {
                // No reply: the unit answers on what it has.
                answer = Max(answer, calendar.AddWorkingDays(ask, 5));
            }
        }

        if (random.NextDouble() < Extend)
        {
            // Asked well before the deadline, for five more working days; answered within them.
            var due = Later(assigned.ResolutionDueAt, start);
            var ask = Max(calendar.AddWorkingTime(start, window * (0.5 + (random.NextDouble() * 0.3))), acknowledge + TimeSpan.FromMinutes(5));
            var newDue = calendar.AddWorkingDays(due, 5);
            var newDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(newDue, calendar.TimeZone).DateTime);
            yield return new(ask, id, DeskAction.RequestExtension, newDate);
            if (random.NextDouble() < ExtensionApproved)
            {
                yield return new(calendar.AddWorkingTime(ask, Hours(0.5 + (random.NextDouble() * 6))), id, DeskAction.ApproveExtension);
            }

            answer = Max(answer, calendar.AddWorkingTime(due, calendar.WorkingTimeBetween(due, newDue) * random.NextDouble() * 0.9));
        }

        yield return new(answer, id, DeskAction.Answer);
        if (random.NextDouble() < Publish)
        {
            yield return new(answer + Hours(1 + (random.NextDouble() * 47)), id, DeskAction.Publish);
        }
    }

    /// <summary>A coordinator places (or rejects) an unplaced item within the working day.</summary>
    public static PlannedAction ForTriage(Guid id, DateTimeOffset seenAt, WorkingCalendar calendar, Random random) =>
        new(calendar.AddWorkingTime(seenAt, Hours(0.25 + Exponential(random, 2))), id, DeskAction.Place);

    private static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset due, DateTimeOffset start) => due > start ? due : start;
}
