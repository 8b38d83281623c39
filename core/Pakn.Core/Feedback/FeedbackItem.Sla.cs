using Pakn.Core.Sla;

namespace Pakn.Core.Feedback;

/// <summary>
/// The item's clocks: first response, resolution (paused while waiting for the citizen, a new
/// stage when reopened) and update (no silence longer than the policy's interval while the
/// item is worked on). Each clock warns once and breaches once per stage; a stage's on-time
/// flag is frozen when it ends (and written as a <see cref="SlaStage"/> row), so past figures
/// never shift.
///
/// Transitions record when things happened; the calendar arithmetic they imply (moving a
/// paused deadline, a reopened stage's deadline, the next update deadline) is done by
/// <see cref="ApplySla"/>, which whoever made the transition calls with the item's terms, and
/// which the deadline sweeper calls in any case before checking (the item is due for a check
/// at once while arithmetic is pending). <see cref="SlaCheckAt"/> is the next moment anything
/// can happen: the sweeper reads only items whose moment has come.
/// </summary>
public sealed partial class FeedbackItem
{
    private const double DefaultWarningShare = 0.75;
    private readonly List<SlaStage> _slaStages = [];

    /// <summary>The policy version the item started with; it keeps it for its whole life.</summary>
    public int? SlaPolicyId { get; private set; }

    public DateTimeOffset? FirstResponseWarnAt { get; private set; }
    public DateTimeOffset? ResolutionWarnAt { get; private set; }
    public bool FirstResponseWarned { get; private set; }
    public bool FirstResponseBreached { get; private set; }
    public bool ResolutionWarned { get; private set; }
    public bool ResolutionBreached { get; private set; }

    /// <summary>Frozen when the unit first responded: was it within the deadline?</summary>
    public bool? FirstResponseOnTime { get; private set; }

    /// <summary>Frozen when the current resolution stage ended: was it within the deadline?</summary>
    public bool? ResolutionOnTime { get; private set; }

    /// <summary>1 until the item is reopened; each reopening starts a new resolution stage.</summary>
    public int ResolutionStage { get; private set; }
    public DateTimeOffset? ResolutionStageStartedAt { get; private set; }
    public DateTimeOffset? ResolutionEndedAt { get; private set; }

    /// <summary>Set while waiting for the citizen: the resolution clock does not run.</summary>
    public DateTimeOffset? ResolutionPausedAt { get; private set; }

    /// <summary>The citizen replied; the deadline moves on by the paused working time when applied.</summary>
    public DateTimeOffset? ResolutionResumedAt { get; private set; }

    /// <summary>A non-competent unit forwards within the policy's working days; frozen at the first forward.</summary>
    public DateTimeOffset? ForwardDueAt { get; private set; }
    public bool? ForwardOnTime { get; private set; }

    /// <summary>The unit's last sign of work (acknowledgement, progress, question, forward).</summary>
    public DateTimeOffset? LastUpdateAt { get; private set; }
    public DateTimeOffset? UpdateDueAt { get; private set; }
    public DateTimeOffset? UpdateWarnAt { get; private set; }
    public bool UpdateWarned { get; private set; }
    public bool UpdateBreached { get; private set; }

    /// <summary>How many times the unit stayed silent past the update interval.</summary>
    public int UpdateBreaches { get; private set; }

    /// <summary>A running first-response or resolution clock is past its deadline: marked in every queue.</summary>
    public bool Overdue { get; private set; }

    /// <summary>Calendar arithmetic is owed (see <see cref="ApplySla"/>).</summary>
    public bool SlaRecalcPending { get; private set; }

    public DateTimeOffset? SlaCheckAt { get; private set; }

    public IReadOnlyList<SlaStage> SlaStages => _slaStages;

    /// <summary>Assigns the item with due times from its policy; the item keeps that policy version.</summary>
    public void Assign(string unitCode, string fieldCode, Severity severity, SlaTerms terms, string actor, DateTimeOffset at, string? note = null)
    {
        var firstDue = terms.FirstResponseDue(ReceivedAt);
        var resolutionDue = terms.ResolutionDue(ReceivedAt);
        var firstWarn = firstDue == ReceivedAt + TimeSpan.FromHours(terms.Policy.FirstResponseHours)
            ? terms.WallWarnPoint(ReceivedAt, firstDue)
            : terms.WorkingWarnPoint(ReceivedAt, firstDue);
        Assign(unitCode, fieldCode, severity, firstDue, resolutionDue, actor, at, note, firstWarn, terms.WorkingWarnPoint(ReceivedAt, resolutionDue));
        SlaPolicyId ??= terms.Policy.Id;
        ForwardDueAt ??= terms.ForwardDue(at);
    }

    /// <summary>
    /// A sign of work that is not a transition (a progress note): the update clock starts again.
    /// </summary>
    public void RecordProgress(string note, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidTransitionException("Cần nêu nội dung tiến độ.");
        }

        if (note.Length > FeedbackLimits.ReasonMaxLength)
        {
            throw new InvalidTransitionException("Nội dung tiến độ không quá 2.000 ký tự.");
        }

        if (State is not (FeedbackState.Acknowledged or FeedbackState.InProgress))
        {
            throw new InvalidTransitionException("Chỉ cập nhật tiến độ khi phản ánh đang được xử lý.");
        }

        _audit.Add(new AuditEntry { FeedbackId = Id, At = at, Actor = actor, FromState = State, ToState = State, Note = note });
        Version++;
        StartUpdateClock(at);
    }

    /// <summary>
    /// Does the calendar arithmetic the last transitions implied: moves a paused deadline on by
    /// the working time the item waited for the citizen, gives a reopened stage its deadline,
    /// sets the next update deadline, and freezes a stage that ended while arithmetic was owed.
    /// </summary>
    public void ApplySla(SlaTerms terms)
    {
        SlaPolicyId ??= terms.Policy.Id;
        if (State is FeedbackState.Rejected or FeedbackState.Merged)
        {
            SlaRecalcPending = false;
            SlaCheckAt = null;
            return;
        }

        if (ResolutionStageStartedAt is { } stageStart && ResolutionDueAt is null)
        {
            ResolutionDueAt = terms.ResolutionDue(stageStart);
            ResolutionWarnAt = terms.WorkingWarnPoint(stageStart, ResolutionDueAt.Value);
        }

        if (ResolutionPausedAt is { } pausedAt && ResolutionResumedAt is { } resumedAt)
        {
            ResolutionDueAt = ResolutionDueAt is { } due ? terms.Shift(due, pausedAt, resumedAt) : null;
            ResolutionWarnAt = ResolutionWarnAt is { } warn ? terms.Shift(warn, pausedAt, resumedAt) : null;
            ResolutionPausedAt = null;
            ResolutionResumedAt = null;
        }

        if (ResolutionEndedAt is { } ended && ResolutionOnTime is null && ResolutionPausedAt is null)
        {
            FreezeResolutionStage(ended);
        }

        if (State is FeedbackState.Acknowledged or FeedbackState.InProgress && LastUpdateAt is { } last && UpdateDueAt is null)
        {
            UpdateDueAt = terms.UpdateDue(last);
            UpdateWarnAt = terms.WorkingWarnPoint(last, UpdateDueAt.Value);
        }

        SlaRecalcPending = false;
        RefreshOverdue();
        ScheduleSlaCheck();
    }

    /// <summary>Applies owed arithmetic, then checks every clock (what the sweeper does).</summary>
    public IReadOnlyList<SlaEvent> CheckSla(DateTimeOffset now, SlaTerms terms)
    {
        ApplySla(terms);
        return CheckSla(now);
    }

    /// <summary>
    /// Warns or breaches every clock whose point has come, each at most once per stage, and
    /// schedules the next check. The version bump makes two sweepers conflict instead of both
    /// reporting. Clocks with arithmetic owed are left for <see cref="CheckSla(DateTimeOffset, SlaTerms)"/>.
    /// </summary>
    public IReadOnlyList<SlaEvent> CheckSla(DateTimeOffset now)
    {
        var events = new List<SlaEvent>();
        if (State is not (FeedbackState.Rejected or FeedbackState.Merged))
        {
            if (FirstResponseOnTime is null && FirstResponseDueAt is { } firstDue)
            {
                (FirstResponseWarned, FirstResponseBreached) =
                    Check(FirstResponseWarned, FirstResponseBreached, FirstResponseWarnAt, firstDue, SlaClock.FirstResponse);
            }

            if (!SlaRecalcPending && ResolutionRunning && ResolutionDueAt is { } resolutionDue)
            {
                (ResolutionWarned, ResolutionBreached) =
                    Check(ResolutionWarned, ResolutionBreached, ResolutionWarnAt, resolutionDue, SlaClock.Resolution);
            }

            if (!SlaRecalcPending && UpdateRunning && UpdateDueAt is { } updateDue)
            {
                var wasBreached = UpdateBreached;
                (UpdateWarned, UpdateBreached) = Check(UpdateWarned, UpdateBreached, UpdateWarnAt, updateDue, SlaClock.Update);
                UpdateBreaches += UpdateBreached && !wasBreached ? 1 : 0;
            }
        }

        RefreshOverdue();
        ScheduleSlaCheck();
        Version++;
        return events;

        (bool Warned, bool Breached) Check(bool warned, bool breached, DateTimeOffset? warnAt, DateTimeOffset due, SlaClock clock)
        {
            if (!warned && warnAt <= now)
            {
                warned = true;
                events.Add(new SlaEvent(clock, false, due));
            }

            if (!breached && due <= now)
            {
                breached = true;
                events.Add(new SlaEvent(clock, true, due));
            }

            return (warned, breached);
        }
    }

    private bool ResolutionRunning => ResolutionEndedAt is null && ResolutionPausedAt is null;

    private bool UpdateRunning => State is FeedbackState.Acknowledged or FeedbackState.InProgress;

    private void StartClocks(DateTimeOffset? firstResponseWarnAt, DateTimeOffset? resolutionWarnAt)
    {
        FirstResponseWarnAt = firstResponseWarnAt ?? WallClockPoint(FirstResponseDueAt);
        ResolutionWarnAt = resolutionWarnAt ?? WallClockPoint(ResolutionDueAt);
        if (ResolutionStage == 0)
        {
            ResolutionStage = 1;
            ResolutionStageStartedAt = ReceivedAt;
        }

        ScheduleSlaCheck();
    }

    /// <summary>Called by every transition, after the state has changed.</summary>
    private void OnMoved(FeedbackState from, FeedbackState to, DateTimeOffset at, string? note)
    {
        if (to is FeedbackState.Rejected or FeedbackState.Merged)
        {
            UpdateDueAt = null;
            UpdateWarnAt = null;
            return;
        }

        var reopened = from is FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed
            && to is FeedbackState.InProgress or FeedbackState.NeedsInfo;
        if (reopened)
        {
            StartResolutionStage(at);
        }

        if (to == FeedbackState.NeedsInfo && ResolutionEndedAt is null)
        {
            // A reply not yet applied followed by a new question: the span between them is
            // counted as paused too (it is shorter than one sweep).
            ResolutionPausedAt ??= at;
            ResolutionResumedAt = null;
            UpdateDueAt = null;
        }
        else if (from == FeedbackState.NeedsInfo && ResolutionPausedAt is not null)
        {
            ResolutionResumedAt = at;
            MarkRecalcPending(at);
        }

        if (to == FeedbackState.Assigned && from is FeedbackState.Assigned or FeedbackState.Acknowledged or FeedbackState.InProgress)
        {
            // A forward: the citizen's clocks keep running; whether it came in time is frozen once.
            ForwardOnTime ??= ForwardDueAt is not { } forwardDue || at <= forwardDue;
            UpdateDueAt = null;
            LastUpdateAt = at;
        }

        if (to is FeedbackState.Acknowledged or FeedbackState.InProgress)
        {
            StartUpdateClock(at);
        }
        else if (to is FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed)
        {
            UpdateDueAt = null;
            UpdateWarnAt = null;
        }

        CollectCitizenNotice(to, at, note);
        RefreshOverdue();
        ScheduleSlaCheck();
    }

    private void StartResolutionStage(DateTimeOffset at)
    {
        ResolutionStage++;
        ResolutionStageStartedAt = at;
        ResolutionDueAt = null;
        ResolutionWarnAt = null;
        ResolutionEndedAt = null;
        ResolutionOnTime = null;
        ResolutionPausedAt = null;
        ResolutionResumedAt = null;
        ResolutionWarned = false;
        ResolutionBreached = false;
        MarkRecalcPending(at);
    }

    private void StartUpdateClock(DateTimeOffset at)
    {
        LastUpdateAt = at;
        UpdateDueAt = null;
        UpdateWarnAt = null;
        UpdateWarned = false;
        UpdateBreached = false;
        MarkRecalcPending(at);
    }

    private void MarkRecalcPending(DateTimeOffset at)
    {
        SlaRecalcPending = true;
        SlaCheckAt = SlaCheckAt is { } check && check < at ? check : at;
    }

    private void FreezeFirstResponse(DateTimeOffset at)
    {
        if (FirstResponseOnTime is null)
        {
            FirstResponseOnTime = FirstResponseDueAt is not { } due || at <= due;
            _slaStages.Add(new SlaStage
            {
                FeedbackId = Id, Clock = SlaClock.FirstResponse, Number = 1, UnitCode = UnitCode,
                StartedAt = ReceivedAt, DueAt = FirstResponseDueAt, EndedAt = at, OnTime = FirstResponseOnTime.Value,
            });
        }

        RefreshOverdue();
        ScheduleSlaCheck();
    }

    /// <summary>An answer is also the first response when none came before it.</summary>
    private void FreezeResolution(DateTimeOffset at)
    {
        FreezeFirstResponse(at);
        if (ResolutionEndedAt is null)
        {
            ResolutionEndedAt = at;
            if (ResolutionDueAt is not null && ResolutionPausedAt is null)
            {
                FreezeResolutionStage(at);
            }
        }

        RefreshOverdue();
        ScheduleSlaCheck();
    }

    private void FreezeResolutionStage(DateTimeOffset ended)
    {
        if (ResolutionOnTime is not null)
        {
            return;
        }

        ResolutionOnTime = ResolutionDueAt is not { } due || ended <= due;
        _slaStages.Add(new SlaStage
        {
            FeedbackId = Id, Clock = SlaClock.Resolution, Number = Math.Max(1, ResolutionStage), UnitCode = UnitCode,
            StartedAt = ResolutionStageStartedAt ?? ReceivedAt, DueAt = ResolutionDueAt, EndedAt = ended, OnTime = ResolutionOnTime.Value,
        });
    }

    /// <summary>Rejected or merged items are no longer anyone's to answer.</summary>
    private void StopClocks()
    {
        SlaRecalcPending = false;
        SlaCheckAt = null;
        Overdue = false;
    }

    private void RefreshOverdue() =>
        Overdue = State is not (FeedbackState.Rejected or FeedbackState.Merged)
            && ((FirstResponseBreached && FirstResponseOnTime is null) || (ResolutionBreached && ResolutionEndedAt is null));

    private void ScheduleSlaCheck()
    {
        if (State is FeedbackState.Rejected or FeedbackState.Merged)
        {
            SlaCheckAt = null;
            return;
        }

        if (SlaRecalcPending)
        {
            return;
        }

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
        var resolutionRunning = ResolutionRunning;
        Consider(resolutionRunning && !ResolutionWarned, ResolutionWarnAt);
        Consider(resolutionRunning && !ResolutionBreached, ResolutionDueAt);
        var updateRunning = UpdateRunning;
        Consider(updateRunning && !UpdateWarned, UpdateWarnAt);
        Consider(updateRunning && !UpdateBreached, UpdateDueAt);
        SlaCheckAt = next;
    }

    /// <summary>Clocks run from receipt; without a calendar-made point, warn at 75% of the wall time.</summary>
    private DateTimeOffset? WallClockPoint(DateTimeOffset? due) =>
        due is { } d ? ReceivedAt + ((d - ReceivedAt) * DefaultWarningShare) : null;
}
