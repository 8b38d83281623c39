using Pakn.Core.Calendar;
using Pakn.Core.Feedback;

namespace Pakn.Handlers.Sla;

/// <summary>
/// The clocks an item starts with. First response: 24 hours on the wall clock from receipt (the
/// plans' promise). Resolution: the field's number of working days on the Vietnamese calendar
/// (weekends, holidays and nghỉ bù excluded; see <see cref="WorkingCalendar.AddWorkingDays"/>).
/// Khẩn items (danger to life, disaster, epidemic): acknowledged within 2 working hours, and
/// never later than the 24 hours every item gets; resolved within 4 working hours.
/// Versioned SLA policies per field and severity replace these defaults in the SLA issue.
/// </summary>
public static class DueTimes
{
    public static readonly TimeSpan FirstResponse = TimeSpan.FromHours(24);
    public static readonly TimeSpan UrgentFirstResponse = TimeSpan.FromHours(2);
    public static readonly TimeSpan UrgentResolution = TimeSpan.FromHours(4);

    /// <summary>
    /// Where each clock warns: the share of its time measured as the clock counts it (wall time
    /// for the 24 hours, working time for working-day deadlines).
    /// </summary>
    public static (DateTimeOffset FirstResponse, DateTimeOffset Resolution) WarningPoints(
        WorkingCalendar calendar, DateTimeOffset receivedAt, DateTimeOffset firstResponseDue, DateTimeOffset resolutionDue, double share) =>
        (receivedAt + ((firstResponseDue - receivedAt) * share),
         calendar.AddWorkingTime(receivedAt, calendar.WorkingTimeBetween(receivedAt, resolutionDue) * share));

    public static (DateTimeOffset FirstResponse, DateTimeOffset Resolution) For(
        WorkingCalendar calendar, DateTimeOffset receivedAt, int resolutionDays, Severity severity)
    {
        var firstResponse = receivedAt + FirstResponse;
        if (severity == Severity.Urgent)
        {
            var urgent = calendar.AddWorkingTime(receivedAt, UrgentFirstResponse);
            return (urgent < firstResponse ? urgent : firstResponse, calendar.AddWorkingTime(receivedAt, UrgentResolution));
        }

        return (firstResponse, calendar.AddWorkingDays(receivedAt, Math.Max(1, resolutionDays)));
    }
}
