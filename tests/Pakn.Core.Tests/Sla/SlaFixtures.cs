using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Core.Tests.Calendar;

namespace Pakn.Core.Tests.Sla;

/// <summary>An item received on Monday 23/11/2026 08:00 in Hà Nội, under the seeded policies.</summary>
internal static class SlaFixtures
{
    public const string Officer = "chuyenvien.haichau";
    public static readonly DateTimeOffset Received = VietnamTime.At("2026-11-23 08:00");

    public static readonly SlaPolicy Default = new() { Id = SlaPolicy.DefaultId, Scope = "*|*", Version = 1 };

    public static readonly SlaPolicy Urgent = new()
    {
        Id = SlaPolicy.DefaultUrgentId, Severity = Severity.Urgent, Scope = "*|Urgent", Version = 1,
        FirstResponseWorkingHours = 2, ResolutionWorkingHours = 4,
    };

    public static SlaTerms Terms { get; } = new(Default, VietnamTime.Default);

    public static FeedbackItem NewItem(Contact? contact = null, Channel channel = Channel.Api) =>
        FeedbackItem.Receive(TrackingCode.New(), channel, "Đèn đường kiệt 45 hỏng cả tuần", null, "P_HAI_CHAU",
            null, null, null, contact ?? new Contact(), Received);

    public static FeedbackItem Assigned(SlaTerms? terms = null, Severity severity = Severity.Normal)
    {
        var item = NewItem();
        item.Assign("UBND_P_HAI_CHAU", "DO_THI", severity, terms ?? Terms, Actors.Routing, Received.AddMinutes(1));
        return item;
    }

    public static FeedbackItem InProgress()
    {
        var item = Assigned();
        item.Acknowledge(Officer, VietnamTime.At("2026-11-23 09:00"));
        item.StartWork(Officer, VietnamTime.At("2026-11-23 09:30"));
        item.ApplySla(Terms);
        return item;
    }
}
