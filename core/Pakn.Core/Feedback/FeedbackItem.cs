namespace Pakn.Core.Feedback;

/// <summary>
/// One PAKN item. State only changes through the methods below, each of which checks the
/// transition and appends exactly one audit entry.
/// </summary>
public sealed partial class FeedbackItem
{
    private readonly List<AuditEntry> _audit = [];
    private readonly List<Attachment> _attachments = [];

    private FeedbackItem()
    {
    }

    public Guid Id { get; private set; }
    public string TrackingCode { get; private set; } = "";
    public Channel Channel { get; private set; }
    public FeedbackState State { get; private set; }
    public string? Title { get; private set; }
    public string Content { get; private set; } = "";

    public string? AreaCode { get; private set; }
    public string? Address { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }

    public Contact Contact { get; private set; } = new();

    public string? FieldCode { get; private set; }
    public Severity Severity { get; private set; }
    public string? UnitCode { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>When routing was last asked to place this item (at receipt, or by recovery).</summary>
    public DateTimeOffset RoutingRequestedAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? FirstResponseDueAt { get; private set; }
    public DateTimeOffset? ResolutionDueAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The answer as it is shown to the citizen and, once published, to the public.</summary>
    public string? Answer { get; private set; }

    /// <summary>Why the item was rejected or sent to triage; the citizen is told a rejection reason.</summary>
    public string? StateReason { get; private set; }
    public Guid? MergedIntoId { get; private set; }

    /// <summary>
    /// Never published and listed nowhere public; the filer's identity is shown only to those
    /// who must handle it (tố cáo: Luật Tố cáo 2018, Điều 47).
    /// </summary>
    public bool Confidential { get; private set; }

    /// <summary>An open item that reads like the same problem; a coordinator confirms the merge.</summary>
    public Guid? PossibleDuplicateOfId { get; private set; }

    /// <summary>Optimistic concurrency: two consumers never both move the same version.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<AuditEntry> Audit => _audit;
    public IReadOnlyList<Attachment> Attachments => _attachments;

    public static FeedbackItem Receive(
        string trackingCode,
        Channel channel,
        string content,
        string? title,
        string? areaCode,
        string? address,
        double? latitude,
        double? longitude,
        Contact contact,
        DateTimeOffset at,
        string actor = Actors.Citizen,
        string? requestedFieldCode = null)
    {
        var item = new FeedbackItem
        {
            Id = Guid.CreateVersion7(at),
            TrackingCode = trackingCode,
            Channel = channel,
            State = FeedbackState.Received,
            Content = content,
            Title = title,
            AreaCode = areaCode,
            Address = address,
            Latitude = latitude,
            Longitude = longitude,
            Contact = contact,
            ReceivedAt = at,
            RoutingRequestedAt = at,
            FieldCode = requestedFieldCode,
        };
        item._audit.Add(new AuditEntry
        {
            FeedbackId = item.Id,
            At = at,
            Actor = actor,
            FromState = null,
            ToState = FeedbackState.Received,
            Note = $"Tiếp nhận qua kênh: {ChannelNames.Label(channel)}",
        });
        return item;
    }

    public void AddAttachment(Attachment attachment) => _attachments.Add(attachment);

    /// <summary>Links a likely original (not a transition: merging stays a person's decision).</summary>
    public void SuspectDuplicateOf(Guid originalId)
    {
        if (originalId != Id)
        {
            PossibleDuplicateOfId = originalId;
        }
    }

    /// <summary>
    /// Asks routing again for an item still waiting in "received" (its event was lost with a
    /// stopped process). Not a transition, so no audit entry; the version bump makes two
    /// recovering processes conflict instead of both asking.
    /// </summary>
    public void RequestRoutingAgain(DateTimeOffset at)
    {
        if (State != FeedbackState.Received)
        {
            throw new InvalidTransitionException("Chỉ phản ánh đang chờ phân loại mới cần định tuyến lại.");
        }

        RoutingRequestedAt = at;
        Version++;
    }

    public void Assign(
        string unitCode,
        string fieldCode,
        Severity severity,
        DateTimeOffset firstResponseDueAt,
        DateTimeOffset resolutionDueAt,
        string actor,
        DateTimeOffset at,
        string? note = null,
        DateTimeOffset? firstResponseWarnAt = null,
        DateTimeOffset? resolutionWarnAt = null)
    {
        MoveTo(FeedbackState.Assigned, actor, at, note);
        UnitCode = unitCode;
        FieldCode = fieldCode;
        Severity = severity;
        AssignedAt = at;
        FirstResponseDueAt = firstResponseDueAt;
        ResolutionDueAt = resolutionDueAt;
        StateReason = null;
        StartClocks(firstResponseWarnAt, resolutionWarnAt);
    }

    /// <summary>Routing could not place the item; a coordinator will.</summary>
    public void SendToTriage(string reason, string actor, DateTimeOffset at, string? suggestedFieldCode = null, bool confidential = false)
    {
        MoveTo(FeedbackState.NeedsTriage, actor, at, reason);
        StateReason = reason;
        FieldCode ??= suggestedFieldCode;
        // A unit that sent it back ("not ours") no longer holds it; the coordinator places it.
        UnitCode = null;
        ClearDraft();
        Confidential |= confidential;
    }

    /// <summary>Sends the item to another unit. The citizen's clocks keep running.</summary>
    public void Forward(string unitCode, string reason, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidTransitionException("Cần nêu lý do chuyển đơn vị.");
        }

        MoveTo(FeedbackState.Assigned, actor, at, reason);
        UnitCode = unitCode;
        AssignedAt = at;
        ClearDraft();
    }

    public void Acknowledge(string actor, DateTimeOffset at, string? note = null)
    {
        MoveTo(FeedbackState.Acknowledged, actor, at, note);
        // The first response is the citizen's: a second unit acknowledging after a forward
        // must not move it, or past on-time figures would shift.
        AcknowledgedAt ??= at;
        FreezeFirstResponse(at);
    }

    public void StartWork(string actor, DateTimeOffset at) => MoveTo(FeedbackState.InProgress, actor, at, null);

    public void RequestInformation(string question, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new InvalidTransitionException("Cần nêu thông tin cần người dân bổ sung.");
        }

        MoveTo(FeedbackState.NeedsInfo, actor, at, question);
    }

    public void ReceiveInformation(string actor, DateTimeOffset at) =>
        MoveTo(FeedbackState.InProgress, actor, at, "Người dân đã bổ sung thông tin");

    public void Respond(string answer, string actor, DateTimeOffset at, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new InvalidTransitionException("Nội dung trả lời không được để trống.");
        }

        MoveTo(FeedbackState.Answered, actor, at, note);
        Answer = answer;
        AnsweredAt = at;
        AcknowledgedAt ??= at;
        FreezeResolution(at);
    }

    public void Publish(string actor, DateTimeOffset at)
    {
        MoveTo(FeedbackState.Published, actor, at, null);
        PublishedAt = at;
    }

    public void Close(string actor, DateTimeOffset at, string? note = null)
    {
        MoveTo(FeedbackState.Closed, actor, at, note);
        ClosedAt = at;
    }

    public void Reopen(string reason, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidTransitionException("Cần nêu lý do mở lại.");
        }

        MoveTo(FeedbackState.InProgress, actor, at, reason);
        ClosedAt = null;
    }

    public void Reject(string reason, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidTransitionException("Cần nêu lý do không tiếp nhận để thông báo cho người dân.");
        }

        MoveTo(FeedbackState.Rejected, actor, at, reason);
        StateReason = reason;
        StopClocks();
    }

    public void MergeInto(FeedbackItem target, string actor, DateTimeOffset at)
    {
        if (target.Id == Id)
        {
            throw new InvalidTransitionException("Không thể gộp một phản ánh vào chính nó.");
        }

        if (target.State is FeedbackState.Merged or FeedbackState.Rejected)
        {
            throw new InvalidTransitionException("Không thể gộp vào phản ánh đã bị gộp hoặc không được tiếp nhận.");
        }

        MoveTo(FeedbackState.Merged, actor, at, $"Gộp vào {target.TrackingCode}");
        MergedIntoId = target.Id;
        StopClocks();
    }

    private void MoveTo(FeedbackState to, string actor, DateTimeOffset at, string? note)
    {
        if (!FeedbackTransitions.IsAllowed(State, to))
        {
            throw new InvalidTransitionException(
                $"Không thể chuyển phản ánh từ trạng thái “{FeedbackStateNames.Label(State)}” sang “{FeedbackStateNames.Label(to)}”.");
        }

        _audit.Add(new AuditEntry
        {
            FeedbackId = Id,
            At = at,
            Actor = actor,
            FromState = State,
            ToState = to,
            Note = note,
        });
        var from = State;
        State = to;
        Version++;
        OnMoved(from, to, at, note);
    }
}
