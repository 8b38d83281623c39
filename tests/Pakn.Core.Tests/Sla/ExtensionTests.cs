using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Core.Tests.Calendar;
using static Pakn.Core.Tests.Sla.SlaFixtures;

namespace Pakn.Core.Tests.Sla;

public class ExtensionTests
{
    private static DateTimeOffset T(string local) => VietnamTime.At(local);

    [Fact]
    public void Should_move_the_deadline_and_clear_its_warnings_when_the_unit_head_approves()
    {
        var item = InProgress();
        var missed = item.ResolutionDueAt!.Value;
        item.CheckSla(item.ResolutionWarnAt!.Value, Terms);
        Assert.True(item.ResolutionWarned);

        item.RequestExtension("Chờ nhà thầu cung cấp thiết bị", T("2026-12-14 17:00"), Officer, T("2026-12-03 08:00"));
        var replaced = item.ApproveExtension(Terms, "truongphong", T("2026-12-03 10:00"));

        Assert.Equal(missed, replaced);
        Assert.Equal(missed, item.ExtensionMissedDueAt);
        Assert.Equal(T("2026-12-14 17:00"), item.ResolutionDueAt);
        Assert.False(item.ResolutionWarned);
        Assert.Equal(ExtensionState.Approved, item.ExtensionState);
        Assert.DoesNotContain(item.CheckSla(missed.AddHours(1), Terms), e => e.Clock == SlaClock.Resolution && e.Breached);
        Assert.Equal(2, item.Audit.Count(a => a.Note?.Contains("gia hạn", StringComparison.Ordinal) == true));
    }

    public static TheoryData<string, string, string> Refusals { get; } = new()
    {
        // asked at, new date, message
        { "2026-12-07 17:00", "2026-12-14 17:00", "Chỉ được xin gia hạn trước hạn giải quyết." },
        { "2026-12-01 08:00", "2026-12-07 17:00", "Ngày hẹn mới phải sau hạn giải quyết hiện tại." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Should_refuse_a_request_in_vietnamese_and_change_nothing(string askedAt, string newDate, string message)
    {
        var item = InProgress();
        var version = item.Version;

        var error = Assert.Throws<InvalidTransitionException>(() => item.RequestExtension("Cần thêm thời gian", T(newDate), Officer, T(askedAt)));

        Assert.Equal(message, error.Message);
        Assert.Equal(ExtensionState.None, item.ExtensionState);
        Assert.Equal(version, item.Version);
    }

    [Fact]
    public void Should_refuse_a_second_request_while_one_waits_and_a_decline_without_reason()
    {
        var item = InProgress();
        item.RequestExtension(null, T("2026-12-14 17:00"), Officer, T("2026-12-01 08:00"));

        Assert.Null(item.ExtensionReason);
        Assert.Throws<InvalidTransitionException>(() => item.RequestExtension("Lý do", T("2026-12-15 17:00"), Officer, T("2026-12-01 09:00")));
        Assert.Throws<InvalidTransitionException>(() => item.DeclineExtension(" ", "truongphong", T("2026-12-01 10:00")));

        item.DeclineExtension("Đủ thời gian xử lý", "truongphong", T("2026-12-01 10:00"));
        Assert.Equal(ExtensionState.Declined, item.ExtensionState);
        Assert.Equal(T("2026-12-07 17:00"), item.ResolutionDueAt);
        Assert.Throws<InvalidTransitionException>(() => item.ApproveExtension(Terms, "truongphong", T("2026-12-01 11:00")));
    }
}
