using Pakn.Core.Feedback;
using Pakn.Core.Publishing;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class PublicStatusTests : IDisposable
{
    private const string Officer = "chuyenvien.haichau";
    private const string Answer = "UBND phường đã yêu cầu đơn vị thi công hoàn trả mặt đường ngày 05/3/2026.";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Should_show_reference_names_and_no_answer_when_item_is_answered_but_not_published()
    {
        var item = NewItem();
        Assign(item);
        item.Respond(Answer, Officer, At.AddDays(2));
        await StoreAsync(item);

        var status = await FindAsync(item.TrackingCode);

        Assert.NotNull(status);
        Assert.Equal(FeedbackState.Answered, status.State);
        Assert.Equal("answered", status.StateCode);
        Assert.Equal("Đã trả lời", status.StateLabel);
        Assert.Equal("Phường Hải Châu", status.AreaName);
        Assert.Equal("Ủy ban nhân dân phường Hải Châu", status.UnitName);
        Assert.Equal("GIAO_THONG", status.FieldCode);
        Assert.NotNull(status.FieldName);
        Assert.Equal(At.AddDays(2), status.AnsweredAt);
        Assert.Equal(At.AddDays(2), status.UpdatedAt);
        Assert.Null(status.Answer);
        Assert.Null(status.RejectionReason);
    }

    [Fact]
    public async Task Should_show_the_answer_when_item_is_published()
    {
        var item = NewItem();
        Assign(item);
        item.Respond(Answer + " Kính gửi ông Võ Văn Tâm, số 0905123456.", Officer, At.AddDays(2));
        await using (var db = _database.CreateContext())
        {
            db.Feedback.Add(item);
            db.PublishAnswer(item, Officer, At.AddDays(3));
            await db.SaveChangesAsync(Ct);
        }

        var status = await FindAsync(item.TrackingCode);

        Assert.NotNull(status);
        // The published copy, with the filer's name and phone removed.
        Assert.Equal(Answer + " Kính gửi ông [họ tên], số [số điện thoại].", status.Answer);
        Assert.Equal(At.AddDays(3), status.UpdatedAt);
    }

    [Fact]
    public async Task Should_show_the_reason_only_when_item_is_rejected()
    {
        var triaged = NewItem();
        triaged.SendToTriage("Ghi chú nội bộ: nghi trùng với PA-XXXX", Actors.Routing, At.AddMinutes(1));
        var rejected = NewItem();
        rejected.Reject("Nội dung là tố cáo, đề nghị gửi tới cơ quan có thẩm quyền giải quyết tố cáo.", Officer, At.AddHours(1));
        await StoreAsync(triaged);
        await StoreAsync(rejected);

        var triagedStatus = await FindAsync(triaged.TrackingCode);
        var rejectedStatus = await FindAsync(rejected.TrackingCode);

        Assert.NotNull(triagedStatus);
        Assert.Null(triagedStatus.RejectionReason);
        Assert.NotNull(rejectedStatus);
        Assert.Equal(rejected.StateReason, rejectedStatus.RejectionReason);
        Assert.Null(rejectedStatus.UnitName);
    }

    [Fact]
    public async Task Should_find_nothing_when_tracking_code_is_unknown()
    {
        await StoreAsync(NewItem());

        Assert.Null(await FindAsync(TrackingCode.New()));
    }

    [Fact]
    public void Should_carry_no_contact_or_filed_text_when_shown_to_anyone_with_the_code()
    {
        var forbidden = new[] { "Contact", "Name", "Phone", "Email", "Address", "Content", "Title", "Latitude", "Longitude" };

        var exposed = typeof(PublicStatus).GetProperties().Select(p => p.Name).ToList();

        Assert.DoesNotContain(exposed, name => forbidden.Any(f => name.Equals(f, StringComparison.Ordinal) || name.StartsWith("Contact", StringComparison.Ordinal)));
        Assert.Contains(nameof(PublicStatus.AreaName), exposed);
    }

    private static FeedbackItem NewItem() =>
        FeedbackItem.Receive(
            TrackingCode.New(), Channel.WebChat, "Mặt đường Trần Phú bị đào lên, không hoàn trả.", "Đường bị đào",
            "P_HAI_CHAU", "12 Trần Phú", null, null,
            new Contact { Name = "Võ Văn Tâm", Phone = "0905123456", Consent = true }, At);

    private static void Assign(FeedbackItem item) =>
        item.Assign("UBND_P_HAI_CHAU", "GIAO_THONG", Severity.Normal, At.AddHours(24), At.AddDays(14), Actors.Routing, At.AddMinutes(1));

    private async Task StoreAsync(FeedbackItem item)
    {
        await using var db = _database.CreateContext();
        db.Feedback.Add(item);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<PublicStatus?> FindAsync(string trackingCode)
    {
        await using var db = _database.CreateContext();
        return await db.FindPublicStatusAsync(trackingCode, Ct);
    }
}
