namespace Pakn.Core.Feedback;

/// <summary>
/// The item's clocks. Each clock warns once (at its warning point) and breaches once (at its
/// deadline) while it runs; the stage's on-time flag is frozen when the stage closes, so past
/// figures never shift. <see cref="SlaCheckAt"/> is the next moment anything can happen: the
/// deadline sweeper reads only items whose moment has come.
/// </summary>
public sealed partial class FeedbackItem
{
    private const double DefaultWarningShare = 0.75;

    public DateTimeOffset? FirstResponseWarnAt { get; private set; }
    public DateTimeOffset? ResolutionWarnAt { get; private set; }
    public bool FirstResponseWarned { get; private set; }
    public bool FirstResponseBreached { get; private set; }
    public bool ResolutionWarned { get; private set; }
    public bool ResolutionBreached { get; private set; }

    /// <summary>Frozen when the unit first responded: was it within the deadline?</summary>
    public bool? FirstResponseOnTime { get; private set; }

    /// <summary>Frozen when the item was answered: was it within the deadline?</summary>
    public bool? ResolutionOnTime { get; private set; }

    public DateTimeOffset? SlaCheckAt { get; private set; }

    /// <summary>
    /// Warns or breaches every clock whose point has come, each at most once, and schedules the
    /// next check. The version bump makes two sweepers conflict instead of both reporting.
    /// </summary>
    public IReadOnlyList<SlaEvent> CheckSla(DateTimeOffset now)
    {
        var events = new List<SlaEvent>();
        if (FirstResponseOnTime is null && FirstResponseDueAt is { } firstDue)
        {
            if (!FirstResponseWarned && FirstResponseWarnAt <= now)
            {
                FirstResponseWarned = true;
                events.Add(new SlaEvent(SlaClock.FirstResponse, false, firstDue));
            }

            if (!FirstResponseBreached && firstDue <= now)
            {
                FirstResponseBreached = true;
                events.Add(new SlaEvent(SlaClock.FirstResponse, true, firstDue));
            }
        }

        if (ResolutionOnTime is null && ResolutionDueAt is { } resolutionDue)
        {
            if (!ResolutionWarned && ResolutionWarnAt <= now)
            {
                ResolutionWarned = true;
                events.Add(new SlaEvent(SlaClock.Resolution, false, resolutionDue));
            }

            if (!ResolutionBreached && resolutionDue <= now)
            {
                ResolutionBreached = true;
                events.Add(new SlaEvent(SlaClock.Resolution, true, resolutionDue));
            }
        }

        ScheduleSlaCheck();
        Version++;
        return events;
    }

    private void StartClocks(DateTimeOffset? firstResponseWarnAt, DateTimeOffset? resolutionWarnAt)
    {
        FirstResponseWarnAt = firstResponseWarnAt ?? WallClockPoint(FirstResponseDueAt);
        ResolutionWarnAt = resolutionWarnAt ?? WallClockPoint(ResolutionDueAt);
        ScheduleSlaCheck();
    }

    private void FreezeFirstResponse(DateTimeOffset at)
    {
        FirstResponseOnTime ??= FirstResponseDueAt is not { } due || at <= due;
        ScheduleSlaCheck();
    }

    /// <summary>An answer is also the first response when none came before it.</summary>
    private void FreezeResolution(DateTimeOffset at)
    {
        ResolutionOnTime ??= ResolutionDueAt is not { } due || at <= due;
        FreezeFirstResponse(at);
    }

    /// <summary>Rejected or merged items are no longer anyone's to answer.</summary>
    private void StopClocks() => SlaCheckAt = null;

    private void ScheduleSlaCheck()
    {
        DateTimeOffset? next = null;
        void Consider(bool pending, DateTimeOffset? point)
        {
            if (pending && point is { } p && (next is null || p < next))
            {
                next = p;
            }
        }

        var firstRunning = FirstResponseOnTime is null;
        Consider(firstRunning && !FirstResponseWarned, FirstResponseWarnAt);
        Consider(firstRunning && !FirstResponseBreached, FirstResponseDueAt);
        var resolutionRunning = ResolutionOnTime is null;
        Consider(resolutionRunning && !ResolutionWarned, ResolutionWarnAt);
        Consider(resolutionRunning && !ResolutionBreached, ResolutionDueAt);
        SlaCheckAt = next;
    }

    /// <summary>Clocks run from receipt; without a calendar-made point, warn at 75% of the wall time.</summary>
    private DateTimeOffset? WallClockPoint(DateTimeOffset? due) =>
        due is { } d ? ReceivedAt + ((d - ReceivedAt) * DefaultWarningShare) : null;
}
