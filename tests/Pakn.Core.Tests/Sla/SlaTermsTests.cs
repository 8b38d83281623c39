using Pakn.Core.Sla;
using Pakn.Core.Tests.Calendar;
using static Pakn.Core.Tests.Sla.SlaFixtures;

namespace Pakn.Core.Tests.Sla;

public class SlaTermsTests
{
    private static DateTimeOffset T(string local) => VietnamTime.At(local);

    [Fact]
    public void Should_give_24_wall_clock_hours_for_the_first_response_even_over_a_weekend() =>
        Assert.Equal(T("2026-11-21 16:00"), Terms.FirstResponseDue(T("2026-11-20 16:00")));

    [Theory]
    // Friday afternoon, 10 working days: counted from Monday, due at 17:00 on the tenth.
    [InlineData("2026-11-20 16:00", 10, "2026-12-04 17:00")]
    // Just before Tết 2026 (16–20/2 off): the holiday week does not count.
    [InlineData("2026-02-13 10:00", 5, "2026-02-27 17:00")]
    // 30/4 and 1/5/2026 (Thu, Fri) are off.
    [InlineData("2026-04-29 09:00", 2, "2026-05-05 17:00")]
    // Year end: 1/1/2027 is off.
    [InlineData("2026-12-30 09:00", 2, "2027-01-04 17:00")]
    // Never less than one working day.
    [InlineData("2026-11-23 08:00", 0, "2026-11-24 17:00")]
    public void Should_count_the_fields_working_days_when_the_policy_leaves_them_to_the_field(string received, int days, string due) =>
        Assert.Equal(T(due), (Terms with { FieldResolutionDays = days }).ResolutionDue(T(received)));

    [Fact]
    public void Should_prefer_the_policys_own_working_days_over_the_fields() =>
        Assert.Equal(T("2026-11-26 17:00"), new SlaTerms(new SlaPolicy { ResolutionWorkingDays = 3 }, VietnamTime.Default, 15).ResolutionDue(T("2026-11-23 08:00")));

    [Theory]
    [InlineData("2026-11-23 08:00", "2026-11-23 10:00", "2026-11-23 14:00")]
    // Filed on Saturday: the 24-hour promise comes before two working hours.
    [InlineData("2026-11-21 10:00", "2026-11-22 10:00", "2026-11-23 11:30")]
    public void Should_give_urgent_items_two_and_four_working_hours(string received, string firstDue, string resolutionDue)
    {
        var urgent = Terms with { Policy = Urgent };

        Assert.Equal(T(firstDue), urgent.FirstResponseDue(T(received)));
        Assert.Equal(T(resolutionDue), urgent.ResolutionDue(T(received)));
    }

    [Fact]
    public void Should_warn_at_the_policys_share_of_working_time() =>
        // 8 working hours (Monday from 08:00 has 7, Tuesday to 08:30 one): 75% = 6 h → 16:00 Monday.
        Assert.Equal(T("2026-11-23 16:00"), (Terms with { Policy = new SlaPolicy { WarningShare = 0.75 } }).WorkingWarnPoint(T("2026-11-23 08:00"), T("2026-11-24 08:30")));
}
