using Pakn.Core.Feedback;

namespace Pakn.Core.Tests;

public sealed class FeedbackItemTests
{
    private const string Officer = "chuyenvien.haichau";
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstResponseDue = ReceivedAt.AddHours(24);
    private static readonly DateTimeOffset ResolutionDue = ReceivedAt.AddDays(14);

    /// <summary>
    /// The life of one PAKN as DESIGN.md draws it, written out independently of
    /// <see cref="FeedbackTransitions"/> so that a change to the table is a deliberate one.
    /// </summary>
    private static readonly Dictionary<FeedbackState, FeedbackState[]> DocumentedLife = new()
    {
        [FeedbackState.Received] = [FeedbackState.NeedsTriage, FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.NeedsTriage] = [FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.Assigned] = [FeedbackState.Acknowledged, FeedbackState.Assigned, FeedbackState.NeedsTriage, FeedbackState.Answered, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.Acknowledged] = [FeedbackState.InProgress, FeedbackState.NeedsInfo, FeedbackState.Answered, FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.InProgress] = [FeedbackState.NeedsInfo, FeedbackState.Answered, FeedbackState.Assigned, FeedbackState.Rejected, FeedbackState.Merged],
        [FeedbackState.NeedsInfo] = [FeedbackState.InProgress, FeedbackState.Answered, FeedbackState.Rejected],
        [FeedbackState.Answered] = [FeedbackState.Published, FeedbackState.Closed, FeedbackState.InProgress, FeedbackState.NeedsInfo],
        [FeedbackState.Published] = [FeedbackState.Closed, FeedbackState.InProgress],
        [FeedbackState.Closed] = [FeedbackState.InProgress],
        [FeedbackState.Rejected] = [],
        [FeedbackState.Merged] = [],
    };

    /// <summary>How a test brings an item into each state, through the public methods only.</summary>
    private static readonly Dictionary<FeedbackState, FeedbackState[]> PathTo = new()
    {
        [FeedbackState.Received] = [],
        [FeedbackState.NeedsTriage] = [FeedbackState.NeedsTriage],
        [FeedbackState.Assigned] = [FeedbackState.Assigned],
        [FeedbackState.Acknowledged] = [FeedbackState.Assigned, FeedbackState.Acknowledged],
        [FeedbackState.InProgress] = [FeedbackState.Assigned, FeedbackState.Acknowledged, FeedbackState.InProgress],
        [FeedbackState.NeedsInfo] = [FeedbackState.Assigned, FeedbackState.Acknowledged, FeedbackState.NeedsInfo],
        [FeedbackState.Answered] = [FeedbackState.Assigned, FeedbackState.Acknowledged, FeedbackState.InProgress, FeedbackState.Answered],
        [FeedbackState.Published] = [FeedbackState.Assigned, FeedbackState.Acknowledged, FeedbackState.InProgress, FeedbackState.Answered, FeedbackState.Published],
        [FeedbackState.Closed] = [FeedbackState.Assigned, FeedbackState.Acknowledged, FeedbackState.InProgress, FeedbackState.Answered, FeedbackState.Published, FeedbackState.Closed],
        [FeedbackState.Rejected] = [FeedbackState.Rejected],
        [FeedbackState.Merged] = [FeedbackState.Merged],
    };

    public static TheoryData<FeedbackState> AllStates { get; } = new(Enum.GetValues<FeedbackState>());

    public static TheoryData<FeedbackState, FeedbackState> AllowedMoves { get; } = Moves(allowed: true);

    /// <summary>Nothing can move an item back to Received: there is no method for it, so it is left out here.</summary>
    public static TheoryData<FeedbackState, FeedbackState> RefusedMoves { get; } = Moves(allowed: false);

    public static TheoryData<FeedbackState, FeedbackState> MovesOutOfFinalStates { get; } = FinalMoves();

    [Fact]
    public void Should_be_received_with_one_audit_entry_when_created()
    {
        var item = NewItem();

        Assert.Equal(FeedbackState.Received, item.State);
        Assert.Equal(ReceivedAt, item.ReceivedAt);
        Assert.Equal(0, item.Version);
        Assert.Equal(7, item.Id.Version);
        var entry = Assert.Single(item.Audit);
        Assert.Null(entry.FromState);
        Assert.Equal(FeedbackState.Received, entry.ToState);
        Assert.Equal(Actors.Citizen, entry.Actor);
        Assert.Equal(ReceivedAt, entry.At);
        Assert.Equal(item.Id, entry.FeedbackId);
        Assert.Contains(ChannelNames.Label(Channel.Zalo), entry.Note, StringComparison.Ordinal);
        Assert.Null(item.UnitCode);
        Assert.Null(item.FirstResponseDueAt);
    }

    [Theory]
    [MemberData(nameof(AllStates))]
    public void Should_match_the_documented_life_when_listing_moves_from_a_state(FeedbackState state)
    {
        Assert.Equal(
            DocumentedLife[state].Order(),
            FeedbackTransitions.From(state).Order());
        Assert.DoesNotContain(FeedbackState.Received, FeedbackTransitions.From(state));
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Should_move_and_append_exactly_one_audit_entry_when_transition_is_allowed(FeedbackState from, FeedbackState to)
    {
        var item = ItemIn(from);
        Assert.Equal(from, item.State);
        var auditBefore = item.Audit.Count;
        var versionBefore = item.Version;
        var at = ReceivedAt.AddDays(2);

        var expectedNote = Move(item, to, at);

        Assert.Equal(to, item.State);
        Assert.Equal(auditBefore + 1, item.Audit.Count);
        Assert.Equal(versionBefore + 1, item.Version);
        var entry = item.Audit[^1];
        Assert.Equal(from, entry.FromState);
        Assert.Equal(to, entry.ToState);
        Assert.Equal(Officer, entry.Actor);
        Assert.Equal(at, entry.At);
        Assert.Equal(item.Id, entry.FeedbackId);
        Assert.Equal(expectedNote, entry.Note);
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Should_refuse_in_Vietnamese_and_change_nothing_when_transition_is_not_allowed(FeedbackState from, FeedbackState to)
    {
        var item = ItemIn(from);
        var before = Snapshot.Of(item);

        var error = Assert.Throws<InvalidTransitionException>(() => Move(item, to, ReceivedAt.AddDays(2)));

        Assert.Equal(
            $"Không thể chuyển phản ánh từ trạng thái “{FeedbackStateNames.Label(from)}” sang “{FeedbackStateNames.Label(to)}”.",
            error.Message);
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Theory]
    [MemberData(nameof(MovesOutOfFinalStates))]
    public void Should_refuse_every_move_when_item_is_rejected_or_merged(FeedbackState final, FeedbackState to)
    {
        var item = ItemIn(final);
        var before = Snapshot.Of(item);

        Assert.Empty(FeedbackTransitions.From(final));
        Assert.Throws<InvalidTransitionException>(() => Move(item, to, ReceivedAt.AddDays(3)));
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Fact]
    public void Should_keep_received_and_due_times_when_forwarded()
    {
        var item = ItemIn(FeedbackState.Acknowledged);
        var forwardedAt = ReceivedAt.AddDays(3);

        item.Forward("UBND_P_HOA_CUONG", "Địa điểm thuộc phường Hòa Cường", Officer, forwardedAt);

        Assert.Equal(FeedbackState.Assigned, item.State);
        Assert.Equal("UBND_P_HOA_CUONG", item.UnitCode);
        Assert.Equal(forwardedAt, item.AssignedAt);
        Assert.Equal(ReceivedAt, item.ReceivedAt);
        Assert.Equal(FirstResponseDue, item.FirstResponseDueAt);
        Assert.Equal(ResolutionDue, item.ResolutionDueAt);
        Assert.Equal("DO_THI", item.FieldCode);
        Assert.Equal(Severity.Urgent, item.Severity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Should_refuse_to_forward_when_reason_is_blank(string reason)
    {
        var item = ItemIn(FeedbackState.InProgress);
        var before = Snapshot.Of(item);

        var error = Assert.Throws<InvalidTransitionException>(
            () => item.Forward("UBND_P_HOA_CUONG", reason, Officer, ReceivedAt.AddDays(1)));

        Assert.Equal("Cần nêu lý do chuyển đơn vị.", error.Message);
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Fact]
    public void Should_record_the_reason_when_rejected()
    {
        var item = ItemIn(FeedbackState.NeedsTriage);
        const string reason = "Nội dung là khiếu nại quyết định hành chính, không thuộc phạm vi PAKN; đề nghị gửi đơn khiếu nại tới cơ quan đã ra quyết định.";

        item.Reject(reason, Officer, ReceivedAt.AddHours(5));

        Assert.Equal(FeedbackState.Rejected, item.State);
        Assert.Equal(reason, item.StateReason);
        Assert.Equal(reason, item.Audit[^1].Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Should_refuse_to_reject_when_reason_is_blank(string reason)
    {
        var item = NewItem();
        var before = Snapshot.Of(item);

        var error = Assert.Throws<InvalidTransitionException>(() => item.Reject(reason, Officer, ReceivedAt.AddHours(1)));

        Assert.Equal("Cần nêu lý do không tiếp nhận để thông báo cho người dân.", error.Message);
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Theory]
    [InlineData("request information", "Cần nêu thông tin cần người dân bổ sung.")]
    [InlineData("respond", "Nội dung trả lời không được để trống.")]
    [InlineData("reopen", "Cần nêu lý do mở lại.")]
    public void Should_refuse_and_change_nothing_when_a_required_text_is_blank(string action, string expectedMessage)
    {
        var item = ItemIn(action == "reopen" ? FeedbackState.Closed : FeedbackState.InProgress);
        var before = Snapshot.Of(item);
        var at = ReceivedAt.AddDays(4);

        var error = Assert.Throws<InvalidTransitionException>(() =>
        {
            switch (action)
            {
                case "request information":
                    item.RequestInformation(" ", Officer, at);
                    break;
                case "respond":
                    item.Respond("", Officer, at);
                    break;
                default:
                    item.Reopen("\n", Officer, at);
                    break;
            }
        });

        Assert.Equal(expectedMessage, error.Message);
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Fact]
    public void Should_point_at_the_target_and_leave_it_alone_when_merged()
    {
        var item = NewItem();
        var target = ItemIn(FeedbackState.InProgress);
        var targetBefore = Snapshot.Of(target);

        item.MergeInto(target, Officer, ReceivedAt.AddHours(2));

        Assert.Equal(FeedbackState.Merged, item.State);
        Assert.Equal(target.Id, item.MergedIntoId);
        Assert.Equal($"Gộp vào {target.TrackingCode}", item.Audit[^1].Note);
        Assert.Equal(targetBefore, Snapshot.Of(target));
    }

    [Fact]
    public void Should_refuse_to_merge_when_target_is_the_item_itself()
    {
        var item = NewItem();
        var before = Snapshot.Of(item);

        var error = Assert.Throws<InvalidTransitionException>(() => item.MergeInto(item, Officer, ReceivedAt.AddHours(1)));

        Assert.Equal("Không thể gộp một phản ánh vào chính nó.", error.Message);
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Theory]
    [InlineData(FeedbackState.Merged)]
    [InlineData(FeedbackState.Rejected)]
    public void Should_refuse_to_merge_when_target_is_merged_or_rejected(FeedbackState targetState)
    {
        var item = NewItem();
        var target = ItemIn(targetState);
        var before = Snapshot.Of(item);

        var error = Assert.Throws<InvalidTransitionException>(() => item.MergeInto(target, Officer, ReceivedAt.AddHours(1)));

        Assert.Equal("Không thể gộp vào phản ánh đã bị gộp hoặc không được tiếp nhận.", error.Message);
        Assert.Equal(before, Snapshot.Of(item));
    }

    [Fact]
    public void Should_clear_the_triage_reason_when_a_coordinator_assigns_the_item()
    {
        var item = ItemIn(FeedbackState.NeedsTriage);
        Assert.NotNull(item.StateReason);

        Assign(item, ReceivedAt.AddHours(3));

        Assert.Null(item.StateReason);
        Assert.Equal("UBND_P_HAI_CHAU", item.UnitCode);
    }

    [Fact]
    public void Should_keep_a_chosen_field_and_fill_a_missing_one_when_sent_to_triage()
    {
        var chosen = FeedbackItem.Receive(
            TrackingCode.New(), Channel.Api, "Đèn đường hỏng", null, null, null, null, null, new Contact(), ReceivedAt,
            requestedFieldCode: "DO_THI");
        var unchosen = NewItem();

        chosen.SendToTriage("Không xác định được đơn vị", Actors.Routing, ReceivedAt.AddMinutes(1), suggestedFieldCode: "GIAO_THONG");
        unchosen.SendToTriage("Không xác định được đơn vị", Actors.Routing, ReceivedAt.AddMinutes(1), suggestedFieldCode: "GIAO_THONG");

        Assert.Equal("DO_THI", chosen.FieldCode);
        Assert.Equal("GIAO_THONG", unchosen.FieldCode);
    }

    [Fact]
    public void Should_count_the_answer_as_first_response_when_answered_without_acknowledgement()
    {
        var item = ItemIn(FeedbackState.Assigned);
        var answeredAt = ReceivedAt.AddHours(6);

        item.Respond("Đơn vị đã thay bóng đèn ngày 03/3/2026.", Officer, answeredAt);

        Assert.Equal(answeredAt, item.AcknowledgedAt);
        Assert.Equal(answeredAt, item.AnsweredAt);
        Assert.Equal("Đơn vị đã thay bóng đèn ngày 03/3/2026.", item.Answer);
    }

    [Fact]
    public void Should_clear_the_closing_time_when_reopened()
    {
        var item = ItemIn(FeedbackState.Closed);
        Assert.NotNull(item.ClosedAt);

        item.Reopen("Người dân phản hồi sự việc vẫn tiếp diễn", Officer, ReceivedAt.AddDays(20));

        Assert.Equal(FeedbackState.InProgress, item.State);
        Assert.Null(item.ClosedAt);
    }

    [Fact]
    public void Should_keep_the_first_response_time_when_a_forwarded_item_is_acknowledged_again()
    {
        var item = ItemIn(FeedbackState.Acknowledged);
        var firstResponse = item.AcknowledgedAt;
        Assert.NotNull(firstResponse);
        item.Forward("UBND_P_HOA_CUONG", "Địa điểm thuộc phường Hòa Cường", Officer, ReceivedAt.AddDays(3));

        item.Acknowledge(Officer, ReceivedAt.AddDays(4));

        Assert.Equal(firstResponse, item.AcknowledgedAt);
    }

    private static FeedbackItem NewItem() =>
        FeedbackItem.Receive(
            TrackingCode.New(),
            Channel.Zalo,
            "Đèn chiếu sáng trên đường Bạch Đằng bị hỏng nhiều ngày.",
            "Đèn đường hỏng",
            "P_HAI_CHAU",
            "Đường Bạch Đằng",
            16.0678,
            108.2240,
            new Contact { Name = "Nguyễn Văn An", Phone = "0905123456", Consent = true },
            ReceivedAt);

    private static FeedbackItem ItemIn(FeedbackState state)
    {
        var item = NewItem();
        var at = ReceivedAt;
        foreach (var step in PathTo[state])
        {
            at = at.AddMinutes(30);
            Move(item, step, at);
        }

        return item;
    }

    private static void Assign(FeedbackItem item, DateTimeOffset at) =>
        item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Urgent, FirstResponseDue, ResolutionDue, Officer, at, "Định tuyến theo lĩnh vực Đô thị");

    /// <summary>Moves the item into <paramref name="to"/> with the method staff would use; returns the note the audit entry should carry.</summary>
    private static string? Move(FeedbackItem item, FeedbackState to, DateTimeOffset at)
    {
        switch (to)
        {
            case FeedbackState.NeedsTriage:
                item.SendToTriage("Chưa xác định được đơn vị có thẩm quyền", Officer, at);
                return "Chưa xác định được đơn vị có thẩm quyền";
            case FeedbackState.Assigned when item.State is FeedbackState.Received or FeedbackState.NeedsTriage:
                Assign(item, at);
                return "Định tuyến theo lĩnh vực Đô thị";
            case FeedbackState.Assigned:
                item.Forward("UBND_P_HOA_CUONG", "Địa điểm thuộc phường Hòa Cường", Officer, at);
                return "Địa điểm thuộc phường Hòa Cường";
            case FeedbackState.Acknowledged:
                item.Acknowledge(Officer, at, "Đơn vị đã tiếp nhận, đang xác minh");
                return "Đơn vị đã tiếp nhận, đang xác minh";
            case FeedbackState.InProgress when item.State is FeedbackState.NeedsInfo:
                item.ReceiveInformation(Officer, at);
                return "Người dân đã bổ sung thông tin";
            case FeedbackState.InProgress when item.State is FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed:
                item.Reopen("Người dân cho biết sự việc chưa được giải quyết", Officer, at);
                return "Người dân cho biết sự việc chưa được giải quyết";
            case FeedbackState.InProgress:
                item.StartWork(Officer, at);
                return null;
            case FeedbackState.NeedsInfo:
                item.RequestInformation("Đề nghị cho biết số nhà gần nhất", Officer, at);
                return "Đề nghị cho biết số nhà gần nhất";
            case FeedbackState.Answered:
                item.Respond("Đơn vị đã thay bóng đèn.", Officer, at);
                return null;
            case FeedbackState.Published:
                item.Publish(Officer, at);
                return null;
            case FeedbackState.Closed:
                item.Close(Officer, at, "Người dân hài lòng");
                return "Người dân hài lòng";
            case FeedbackState.Rejected:
                item.Reject("Không thuộc phạm vi PAKN", Officer, at);
                return "Không thuộc phạm vi PAKN";
            case FeedbackState.Merged:
                var target = NewItem();
                item.MergeInto(target, Officer, at);
                return $"Gộp vào {target.TrackingCode}";
            default:
                throw new ArgumentOutOfRangeException(nameof(to), to, "No method moves an item into this state.");
        }
    }

    private static TheoryData<FeedbackState, FeedbackState> Moves(bool allowed)
    {
        var data = new TheoryData<FeedbackState, FeedbackState>();
        foreach (var from in Enum.GetValues<FeedbackState>())
        {
            foreach (var to in Enum.GetValues<FeedbackState>().Where(s => s != FeedbackState.Received))
            {
                if (FeedbackTransitions.IsAllowed(from, to) == allowed)
                {
                    data.Add(from, to);
                }
            }
        }

        return data;
    }

    private static TheoryData<FeedbackState, FeedbackState> FinalMoves()
    {
        var data = new TheoryData<FeedbackState, FeedbackState>();
        foreach (var final in new[] { FeedbackState.Rejected, FeedbackState.Merged })
        {
            foreach (var to in Enum.GetValues<FeedbackState>().Where(s => s != FeedbackState.Received))
            {
                data.Add(final, to);
            }
        }

        return data;
    }

    /// <summary>Everything a refused move must leave as it was.</summary>
    private sealed record Snapshot(
        FeedbackState State,
        int Version,
        int AuditCount,
        string? UnitCode,
        string? FieldCode,
        string? StateReason,
        string? Answer,
        Guid? MergedIntoId,
        DateTimeOffset ReceivedAt,
        DateTimeOffset? AssignedAt,
        DateTimeOffset? FirstResponseDueAt,
        DateTimeOffset? ResolutionDueAt,
        DateTimeOffset? AcknowledgedAt,
        DateTimeOffset? AnsweredAt,
        DateTimeOffset? PublishedAt,
        DateTimeOffset? ClosedAt)
    {
        public static Snapshot Of(FeedbackItem item) => new(
            item.State, item.Version, item.Audit.Count, item.UnitCode, item.FieldCode, item.StateReason, item.Answer,
            item.MergedIntoId, item.ReceivedAt, item.AssignedAt, item.FirstResponseDueAt, item.ResolutionDueAt,
            item.AcknowledgedAt, item.AnsweredAt, item.PublishedAt, item.ClosedAt);
    }
}
