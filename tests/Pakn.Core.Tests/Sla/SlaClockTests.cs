using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Core.Tests.Calendar;
using static Pakn.Core.Tests.Sla.SlaFixtures;

namespace Pakn.Core.Tests.Sla;

public class SlaClockTests
{
    private static DateTimeOffset T(string local) => VietnamTime.At(local);

    [Theory]
    // Normal: 24 wall-clock hours; 10 working days (day of receipt not counted), warn at 75% of each.
    [InlineData(Severity.Normal, "2026-11-24 08:00", "2026-12-07 17:00", "2026-11-30 17:00")]
    // Khẩn: 2 and 4 working hours.
    [InlineData(Severity.Urgent, "2026-11-23 10:00", "2026-11-23 14:00", "2026-11-30 17:00")]
    public void Should_take_due_times_from_the_items_policy_when_assigned(Severity severity, string firstDue, string resolutionDue, string forwardDue)
    {
        var terms = severity == Severity.Urgent ? Terms with { Policy = Urgent } : Terms;

        var item = Assigned(terms, severity);

        Assert.Equal(T(firstDue), item.FirstResponseDueAt);
        Assert.Equal(T(resolutionDue), item.ResolutionDueAt);
        Assert.Equal(T(forwardDue), item.ForwardDueAt);
        Assert.Equal(terms.Policy.Id, item.SlaPolicyId);
        Assert.Equal(1, item.ResolutionStage);
        Assert.Equal(item.FirstResponseWarnAt, item.SlaCheckAt);
    }

    [Fact]
    public void Should_keep_the_policy_version_it_started_with_when_assigned_again()
    {
        var item = Assigned();
        item.SendToTriage("Không thuộc thẩm quyền", "unit", Received.AddHours(1));

        item.Assign("SO_XAY_DUNG", "XAY_DUNG", Severity.Normal, Terms with { Policy = new SlaPolicy { Id = 99, ResolutionWorkingDays = 3 } }, "coordinator", Received.AddHours(2));

        Assert.Equal(SlaPolicy.DefaultId, item.SlaPolicyId);
    }

    [Fact]
    public void Should_warn_then_breach_each_clock_exactly_once()
    {
        var item = Assigned();
        var firstDue = item.FirstResponseDueAt!.Value;
        var resolutionDue = item.ResolutionDueAt!.Value;

        Assert.Empty(item.CheckSla(Received.AddHours(17), Terms));
        Assert.Equal([new SlaEvent(SlaClock.FirstResponse, false, firstDue)], item.CheckSla(Received.AddHours(18), Terms));
        Assert.Empty(item.CheckSla(Received.AddHours(19), Terms));
        Assert.Equal([new SlaEvent(SlaClock.FirstResponse, true, firstDue)], item.CheckSla(firstDue, Terms));
        Assert.Empty(item.CheckSla(firstDue.AddHours(1), Terms));
        Assert.Equal(item.ResolutionWarnAt, item.SlaCheckAt);

        var late = item.CheckSla(resolutionDue.AddDays(1), Terms);
        Assert.Equal([new SlaEvent(SlaClock.Resolution, false, resolutionDue), new SlaEvent(SlaClock.Resolution, true, resolutionDue)], late);
        Assert.Null(item.SlaCheckAt);
        Assert.Empty(item.CheckSla(resolutionDue.AddDays(30), Terms));
    }

    /// <summary>What each transition does to the clocks of an item in progress since Monday 09:30.</summary>
    public static TheoryData<string, bool, bool, bool> Transitions { get; } = new()
    {
        // transition, resolution runs, resolution paused, update runs
        { "progress note", true, false, true },
        { "ask the citizen", false, true, false },
        { "citizen replies", true, false, true },
        { "answer", false, false, false },
        { "forward", true, false, false },
        { "reopen", true, false, true },
        { "reject", false, false, false },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Should_run_pause_or_stop_each_clock_as_the_transition_says(string transition, bool resolutionRuns, bool paused, bool updateRuns)
    {
        var item = InProgress();
        var at = T("2026-11-25 08:00");
        switch (transition)
        {
            case "progress note": item.RecordProgress("Đã khảo sát hiện trường", Officer, at); break;
            case "ask the citizen": item.RequestInformation("Xin vị trí cột đèn cụ thể", Officer, at); break;
            case "citizen replies":
                item.RequestInformation("Xin vị trí cột đèn cụ thể", Officer, T("2026-11-24 08:00"));
                item.ReceiveInformation("citizen", at);
                break;
            case "answer": item.Respond("Đã thay bóng đèn.", Officer, at); break;
            case "forward": item.Forward("SO_XAY_DUNG", "Thuộc thẩm quyền Sở Xây dựng", Officer, at); break;
            case "reopen":
                item.Respond("Đã thay bóng đèn.", Officer, T("2026-11-24 08:00"));
                item.Reopen("Đèn vẫn chưa sáng", "citizen", at);
                break;
            case "reject": item.Reject("Không thuộc phạm vi PAKN", "coordinator", at); break;
        }

        item.ApplySla(Terms);

        Assert.False(item.SlaRecalcPending);
        Assert.Equal(resolutionRuns, item.ResolutionEndedAt is null && item.ResolutionPausedAt is null && item.State is not FeedbackState.Rejected);
        Assert.Equal(paused, item.ResolutionPausedAt is not null);
        Assert.Equal(updateRuns, item.UpdateDueAt is not null);
        if (updateRuns)
        {
            Assert.Equal(T("2026-12-02 17:00"), item.UpdateDueAt);
        }

        if (transition == "reject")
        {
            Assert.Null(item.SlaCheckAt);
        }
    }

    [Fact]
    public void Should_move_the_resolution_deadline_by_the_working_time_spent_waiting_for_the_citizen()
    {
        var item = InProgress();
        Assert.Equal(T("2026-12-07 17:00"), item.ResolutionDueAt);

        // Asked Wednesday as the office opened, answered before it opened on Friday: two working days paused.
        item.RequestInformation("Xin vị trí cột đèn cụ thể", Officer, T("2026-11-25 07:30"));
        item.ReceiveInformation("citizen", T("2026-11-27 07:30"));
        Assert.True(item.SlaRecalcPending);
        Assert.Equal(T("2026-11-27 07:30"), item.SlaCheckAt);
        item.ApplySla(Terms);

        Assert.Equal(T("2026-12-09 17:00"), item.ResolutionDueAt);
        Assert.True(item.ResolutionWarnAt < item.ResolutionDueAt);
    }

    [Fact]
    public void Should_not_warn_or_breach_the_resolution_clock_while_waiting_for_the_citizen()
    {
        var item = InProgress();
        item.RequestInformation("Xin ảnh chụp hiện trường", Officer, T("2026-11-24 08:00"));
        item.ApplySla(Terms);

        var events = item.CheckSla(T("2026-12-31 08:00"), Terms);

        Assert.DoesNotContain(events, e => e.Clock is SlaClock.Resolution or SlaClock.Update);
        Assert.False(item.Overdue);
    }

    [Theory]
    // Paused before the deadline, answered while paused long after it: the clock had not run out.
    [InlineData("2026-12-07 16:00", "2026-12-20 10:00", true)]
    // Paused after the deadline had passed: late, whatever follows.
    [InlineData("2026-12-08 08:00", "2026-12-09 10:00", false)]
    public void Should_judge_an_answer_given_while_paused_by_the_time_the_clock_had_run(string asked, string answered, bool onTime)
    {
        var item = InProgress();
        item.RequestInformation("Xin ảnh chụp hiện trường", Officer, T(asked));

        item.Respond("Đã xử lý xong.", Officer, T(answered));
        Assert.Null(item.ResolutionOnTime);
        item.ApplySla(Terms);

        Assert.Equal(onTime, item.ResolutionOnTime);
        Assert.Equal(onTime, item.SlaStages.Single(s => s.Clock == SlaClock.Resolution).OnTime);
    }

    [Theory]
    [InlineData("2026-11-30 17:00", true)]
    [InlineData("2026-12-01 08:00", false)]
    public void Should_freeze_whether_a_forward_came_within_the_forwarding_days_and_keep_the_citizens_clocks(string forwardedAt, bool onTime)
    {
        var item = InProgress();
        var due = item.ResolutionDueAt;

        item.Forward("SO_XAY_DUNG", "Thuộc thẩm quyền Sở Xây dựng", Officer, T(forwardedAt));
        item.Forward("SO_GTVT", "Thuộc thẩm quyền Sở Giao thông", "unit", T("2026-12-03 08:00"));
        item.ApplySla(Terms);

        Assert.Equal(onTime, item.ForwardOnTime);
        Assert.Equal(due, item.ResolutionDueAt);
        Assert.Equal(Received, item.ResolutionStageStartedAt);
    }

    [Fact]
    public void Should_start_a_new_resolution_stage_when_reopened_and_keep_the_first_stages_flag()
    {
        var item = InProgress();
        item.CheckSla(T("2026-12-08 08:00"), Terms);
        item.Respond("Đã thay bóng đèn.", Officer, T("2026-12-08 09:00"));

        item.Reopen("Người dân báo đèn vẫn chưa sáng", "citizen", T("2026-12-09 08:00"));
        Assert.Null(item.ResolutionOnTime);
        item.ApplySla(Terms);
        Assert.Equal(2, item.ResolutionStage);
        Assert.Equal(T("2026-12-23 17:00"), item.ResolutionDueAt);
        Assert.False(item.Overdue);

        item.Respond("Đã thay bộ điều khiển.", Officer, T("2026-12-10 10:00"));

        Assert.Equal([(1, false), (2, true)],
            item.SlaStages.Where(s => s.Clock == SlaClock.Resolution).Select(s => (s.Number, s.OnTime)));
        Assert.True(item.ResolutionOnTime);
        Assert.Null(item.SlaCheckAt);
    }

    [Theory]
    // acknowledged, answered → first response on time, resolution on time
    [InlineData("2026-11-23 10:00", "2026-12-01 10:00", true, true)]
    [InlineData("2026-11-24 09:00", "2026-12-01 10:00", false, true)]
    [InlineData("2026-11-23 10:00", "2026-12-08 08:00", true, false)]
    [InlineData(null, "2026-11-23 12:00", true, true)]
    public void Should_freeze_each_stages_flag_when_it_ends(string? acknowledged, string answered, bool firstOnTime, bool resolutionOnTime)
    {
        var item = Assigned();
        if (acknowledged is not null)
        {
            item.Acknowledge(Officer, T(acknowledged));
        }

        item.Respond("Đã xử lý.", Officer, T(answered));
        item.Publish("moderator", T(answered).AddDays(1));
        item.Close("citizen", T(answered).AddDays(2));
        item.ApplySla(Terms);
        item.CheckSla(T("2027-01-30 08:00"), Terms);

        Assert.Equal(firstOnTime, item.FirstResponseOnTime);
        Assert.Equal(resolutionOnTime, item.ResolutionOnTime);
        Assert.Equal([SlaClock.FirstResponse, SlaClock.Resolution], item.SlaStages.Select(s => s.Clock));
        Assert.Null(item.SlaCheckAt);
    }

    [Fact]
    public void Should_warn_and_breach_the_update_clock_after_silence_and_restart_it_on_progress()
    {
        var item = InProgress();
        var due = item.UpdateDueAt!.Value;
        Assert.Equal(T("2026-11-30 17:00"), due);

        var warned = item.CheckSla(item.UpdateWarnAt!.Value, Terms);
        var breached = item.CheckSla(due, Terms);

        Assert.Contains(new SlaEvent(SlaClock.Update, false, due), warned);
        Assert.Contains(new SlaEvent(SlaClock.Update, true, due), breached);
        Assert.Equal(1, item.UpdateBreaches);
        Assert.False(item.Overdue);

        item.RecordProgress("Đã đặt hàng bóng đèn", Officer, T("2026-12-01 08:00"));
        item.ApplySla(Terms);
        Assert.Equal(T("2026-12-08 17:00"), item.UpdateDueAt);
        Assert.False(item.UpdateBreached);
    }

    [Fact]
    public void Should_mark_the_item_overdue_while_a_breached_clock_runs()
    {
        var item = Assigned();

        item.CheckSla(item.FirstResponseDueAt!.Value, Terms);
        Assert.True(item.Overdue);
        item.Acknowledge(Officer, item.FirstResponseDueAt!.Value.AddHours(1));
        Assert.False(item.Overdue);
        Assert.False(item.FirstResponseOnTime);

        item.CheckSla(item.ResolutionDueAt!.Value, Terms);
        Assert.True(item.Overdue);
        item.Respond("Đã xử lý.", Officer, item.ResolutionDueAt!.Value.AddHours(1));
        Assert.False(item.Overdue);
    }

    [Fact]
    public void Should_bump_the_version_on_every_check_so_two_sweepers_conflict()
    {
        var item = Assigned();
        var version = item.Version;

        item.CheckSla(item.FirstResponseDueAt!.Value, Terms);

        Assert.Equal(version + 1, item.Version);
    }

    [Fact]
    public void Should_stop_every_clock_when_rejected_even_with_arithmetic_owed()
    {
        var item = InProgress();
        item.RecordProgress("Đang xác minh", Officer, T("2026-11-24 08:00"));

        item.Reject("Nội dung là khiếu nại quyết định hành chính", "coordinator", T("2026-11-24 09:00"));

        Assert.Null(item.SlaCheckAt);
        Assert.Empty(item.CheckSla(T("2027-01-01 08:00"), Terms));
    }
}
