using Pakn.Core.Feedback;

namespace Pakn.Core.Tests;

public class FeedbackSlaTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstDue = Received.AddHours(24);
    private static readonly DateTimeOffset ResolutionDue = Received.AddDays(10);

    private static FeedbackItem Assigned()
    {
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, "Đèn đường hỏng", null, "P_HAI_CHAU",
            null, null, null, new Contact(), Received);
        item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, FirstDue, ResolutionDue, Actors.Routing, Received.AddMinutes(1));
        return item;
    }

    [Fact]
    public void Should_schedule_the_first_check_at_the_first_warning_point()
    {
        var item = Assigned();

        Assert.Equal(Received.AddHours(18), item.FirstResponseWarnAt);
        Assert.Equal(item.FirstResponseWarnAt, item.SlaCheckAt);
    }

    [Fact]
    public void Should_warn_then_breach_each_clock_exactly_once()
    {
        var item = Assigned();

        Assert.Empty(item.CheckSla(Received.AddHours(17)));
        Assert.Equal([new SlaEvent(SlaClock.FirstResponse, false, FirstDue)], item.CheckSla(Received.AddHours(18)));
        Assert.Empty(item.CheckSla(Received.AddHours(19)));
        Assert.Equal([new SlaEvent(SlaClock.FirstResponse, true, FirstDue)], item.CheckSla(FirstDue));
        Assert.Empty(item.CheckSla(FirstDue.AddHours(1)));
        Assert.Equal(item.ResolutionWarnAt, item.SlaCheckAt);

        var late = item.CheckSla(ResolutionDue.AddDays(1));
        Assert.Equal([new SlaEvent(SlaClock.Resolution, false, ResolutionDue), new SlaEvent(SlaClock.Resolution, true, ResolutionDue)], late);
        Assert.Null(item.SlaCheckAt);
        Assert.Empty(item.CheckSla(ResolutionDue.AddDays(30)));
    }

    [Fact]
    public void Should_stop_the_first_response_clock_and_freeze_its_flag_when_acknowledged_in_time()
    {
        var item = Assigned();

        item.Acknowledge("officer", Received.AddHours(3));

        Assert.True(item.FirstResponseOnTime);
        Assert.Equal(item.ResolutionWarnAt, item.SlaCheckAt);
        Assert.DoesNotContain(item.CheckSla(FirstDue.AddHours(1)), e => e.Clock == SlaClock.FirstResponse);
    }

    [Fact]
    public void Should_freeze_late_flags_so_past_figures_never_shift()
    {
        var item = Assigned();
        item.CheckSla(FirstDue.AddHours(1));

        item.Acknowledge("officer", FirstDue.AddHours(2));
        item.Respond("Đã thay bóng đèn ngày 5/12.", "officer", ResolutionDue.AddDays(2));
        item.Reopen("Người dân báo đèn vẫn chưa sáng", "citizen", ResolutionDue.AddDays(3));
        item.Respond("Đã thay bộ điều khiển ngày 20/12.", "officer", ResolutionDue.AddDays(4));

        Assert.False(item.FirstResponseOnTime);
        Assert.False(item.ResolutionOnTime);
        Assert.Null(item.SlaCheckAt);
    }

    [Fact]
    public void Should_freeze_both_clocks_on_time_when_answered_before_acknowledging()
    {
        var item = Assigned();

        item.Respond("Đã sửa xong.", "officer", Received.AddHours(5));

        Assert.True(item.FirstResponseOnTime);
        Assert.True(item.ResolutionOnTime);
        Assert.Null(item.SlaCheckAt);
    }

    [Fact]
    public void Should_stop_every_clock_when_rejected()
    {
        var item = Assigned();

        item.Reject("Nội dung là khiếu nại quyết định hành chính", "coordinator", Received.AddHours(2));

        Assert.Null(item.SlaCheckAt);
        Assert.Null(item.FirstResponseOnTime);
    }

    [Fact]
    public void Should_bump_the_version_on_every_check_so_two_sweepers_conflict()
    {
        var item = Assigned();
        var version = item.Version;

        item.CheckSla(FirstDue);

        Assert.Equal(version + 1, item.Version);
    }
}
