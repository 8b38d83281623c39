using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Access;
using Pakn.Core.Attachments;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Notifications;
using NotificationRoles = Pakn.Core.Notifications.StaffRoles;
using Pakn.Core.Triage;
using Pakn.Core.Publishing;
using Pakn.Core.Sla;
using Pakn.Routing.AnswerReview;

namespace Pakn.AdminUi.Pages.Items;

/// <summary>
/// Staff actions on one item. Each loads the item through the person's scope, checks the
/// permission for the item's unit, applies the domain transition and commits it with its events.
/// Bad input or a refused transition changes nothing and says why.
/// </summary>
public sealed class ItemActions(
    PaknDbContext db, TimeProvider time, DeadlineExtensions extensions, AttachmentStore store, StaffAccess access, LanguageModelAnswerReview? modelReview = null)
{
    public Task<ActionOutcome> AcknowledgeAsync(StaffScope scope, string code, string? note, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Acknowledge, (item, now) =>
        {
            if (Invalid(note, FeedbackLimits.ReasonMaxLength, required: false) is { } error)
            {
                return error;
            }

            item.Acknowledge(scope.Actor, now, Clean(note));
            return ActionOutcome.Done("Đã xác nhận tiếp nhận phản ánh.");
        }, ct);

    public Task<ActionOutcome> RequestInformationAsync(StaffScope scope, string code, string? question, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.RequestInformation, (item, now) =>
        {
            if (Invalid(question, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu thông tin cần người dân bổ sung.") is { } error)
            {
                return error;
            }

            item.RequestInformation(Clean(question)!, scope.Actor, now);
            return ActionOutcome.Done("Đã gửi yêu cầu bổ sung thông tin.");
        }, ct);

    public Task<ActionOutcome> ReceiveInformationAsync(StaffScope scope, string code, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.RequestInformation, (item, now) =>
        {
            item.ReceiveInformation(scope.Actor, now);
            return ActionOutcome.Done("Đã ghi nhận thông tin bổ sung; phản ánh tiếp tục được xử lý.");
        }, ct);

    public Task<ActionOutcome> StartWorkAsync(StaffScope scope, string code, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Acknowledge, (item, now) =>
        {
            item.StartWork(scope.Actor, now);
            return ActionOutcome.Done("Phản ánh chuyển sang đang xử lý.");
        }, ct);

    /// <summary>
    /// Sends the answer. A vague answer (<see cref="AnswerQuality"/>, then the language model when
    /// one is configured) is held back with the reasons unless the officer confirms it with a
    /// note, which is kept in the audit trail.
    /// </summary>
    public Task<ActionOutcome> RespondAsync(StaffScope scope, string code, string? answer, CancellationToken ct = default) =>
        RespondAsync(scope, code, answer, sendAnywayNote: null, ct);

    public Task<ActionOutcome> RespondAsync(StaffScope scope, string code, string? answer, string? sendAnywayNote, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Respond, async (item, now) =>
        {
            if (Invalid(answer, FeedbackLimits.AnswerMaxLength, required: true, "Nội dung trả lời không được để trống.") is { } error)
            {
                return error;
            }

            if (Invalid(sendAnywayNote, FeedbackLimits.ReasonMaxLength, required: false) is { } badNote)
            {
                return badNote;
            }

            var warnings = AnswerQuality.Check(answer);
            var note = Clean(sendAnywayNote);
            if (warnings.Count == 0 && note is null && modelReview is not null)
            {
                // Only when the local rules pass and the officer has not already confirmed: the
                // model is asked once per answer, never for one the officer chose to send anyway.
                warnings = await modelReview.ReviewAsync(item.Content, answer!, ct);
            }

            if (warnings.Count > 0 && note is null)
            {
                return ActionOutcome.Refused("Câu trả lời có thể chung chung, chưa được gửi. Hãy bổ sung, hoặc ghi chú lý do rồi gửi.") with { Warnings = warnings };
            }

            var auditNote = note is null ? null : $"Gửi dù bị cảnh báo chung chung: {note}";
            // Checked here, on the server, whatever the screen offered: an officer cannot skip the head.
            if (!scope.IsHeadOf(item.UnitCode) && await db.Units.AnyAsync(u => u.Code == item.UnitCode && u.AnswerApprovalRequired, ct))
            {
                item.SubmitAnswerForApproval(Clean(answer)!, scope.Actor, now, auditNote);
                db.Notifications.Add(StaffAlerts.To(NotificationRoles.UnitHead, item.UnitCode, "answer.approval", item.Id, item.TrackingCode,
                    $"Câu trả lời chờ duyệt: {item.TrackingCode}",
                    $"{scope.DisplayName} trình duyệt câu trả lời phản ánh {item.TrackingCode}.", now));
                return ActionOutcome.Done("Đã trình thủ trưởng đơn vị duyệt câu trả lời; câu trả lời sẽ được gửi khi được duyệt.");
            }

            item.Respond(Clean(answer)!, scope.Actor, now, auditNote);
            return ActionOutcome.Done("Đã gửi nội dung trả lời.");
        }, ct);

    public Task<ActionOutcome> ApproveAnswerAsync(StaffScope scope, string code, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Approve, (item, now) =>
        {
            item.ApproveAnswer(scope.Actor, now);
            return ActionOutcome.Done("Đã duyệt; câu trả lời được gửi tới người dân.");
        }, ct);

    public Task<ActionOutcome> ReturnAnswerAsync(StaffScope scope, string code, string? comment, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Approve, (item, now) =>
        {
            if (Invalid(comment, FeedbackLimits.ReasonMaxLength, required: true, "Cần ghi ý kiến để cán bộ sửa câu trả lời.") is { } error)
            {
                return error;
            }

            item.ReturnAnswer(Clean(comment)!, scope.Actor, now);
            db.Notifications.Add(StaffAlerts.To(NotificationRoles.Officer, item.UnitCode, "answer.returned", item.Id, item.TrackingCode,
                $"Câu trả lời bị trả lại: {item.TrackingCode}",
                $"Thủ trưởng đơn vị trả lại câu trả lời phản ánh {item.TrackingCode} để sửa. Ý kiến: {item.ApprovalComment}", now));
            return ActionOutcome.Done("Đã trả lại câu trả lời cho cán bộ kèm ý kiến.");
        }, ct);

    public Task<ActionOutcome> ForwardAsync(StaffScope scope, string code, string? unitCode, string? reason, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Forward, async (item, now) =>
        {
            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do chuyển đơn vị.") is { } error)
            {
                return error;
            }

            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct);
            if (unit is null || !unit.IsActiveAt(now))
            {
                return ActionOutcome.Refused("Vui lòng chọn đơn vị nhận đang hoạt động.");
            }

            if (unit.Code == item.UnitCode)
            {
                return ActionOutcome.Refused("Phản ánh đang thuộc đơn vị này; hãy chọn đơn vị khác.");
            }

            item.Forward(unit.Code, Clean(reason)!, scope.Actor, now);
            // The new unit is told through the same event routing's assignment sends.
            db.Enqueue(new FeedbackAssigned(item.Id, item.TrackingCode, unit.Code, item.FieldCode ?? "",
                now, item.FirstResponseDueAt ?? now, item.ResolutionDueAt ?? now), now);
            return ActionOutcome.Done($"Đã chuyển phản ánh tới {unit.Name}.");
        }, ct);

    public Task<ActionOutcome> RejectAsync(StaffScope scope, string code, string? reason, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Reject, (item, now) =>
        {
            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do không tiếp nhận để thông báo cho người dân.") is { } error)
            {
                return error;
            }

            item.Reject(Clean(reason)!, scope.Actor, now);
            return ActionOutcome.Done("Đã từ chối tiếp nhận; người dân sẽ được thông báo lý do.");
        }, ct);

    public Task<ActionOutcome> ReopenAsync(StaffScope scope, string code, string? reason, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Reopen, (item, now) =>
        {
            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do mở lại.") is { } error)
            {
                return error;
            }

            item.Reopen(Clean(reason)!, scope.Actor, now);
            return ActionOutcome.Done("Đã mở lại phản ánh.");
        }, ct);

    public Task<ActionOutcome> MergeAsync(StaffScope scope, string code, string? targetCode, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Merge, async (item, now) =>
        {
            if (targetCode is null || !TrackingCode.TryNormalize(targetCode, out var normalized))
            {
                return ActionOutcome.Refused("Mã phản ánh gốc không hợp lệ (dạng PA-XXXX-XXXX).");
            }

            var target = await db.Feedback.VisibleTo(scope).SingleOrDefaultAsync(f => f.TrackingCode == normalized, ct);
            if (target is null)
            {
                return ActionOutcome.Refused("Không tìm thấy phản ánh gốc.");
            }

            item.MergeInto(target, scope.Actor, now);
            return ActionOutcome.Done($"Đã gộp vào phản ánh {target.TrackingCode}.");
        }, ct);

    /// <summary>
    /// Evidence for the answer, checked like a citizen's upload (type by content, size). The file
    /// is written before the row; if the row is refused the file is removed again.
    /// </summary>
    public async Task<ActionOutcome> AddEvidenceAsync(StaffScope scope, string code, string? fileName, string? contentType, ReadOnlyMemory<byte> content, bool publish, CancellationToken ct = default)
    {
        if (EvidenceRules.Check(fileName, contentType, content) is { } problem)
        {
            return ActionOutcome.Refused(problem);
        }

        scope = await access.CurrentAsync(scope, ct);
        string? key = null;
        var outcome = await ActAsync(scope, code, StaffAction.Respond, async (item, now) =>
        {
            key = await store.SaveAsync(content, EvidenceRules.ExtensionOf(contentType!), now, ct);
            item.AddEvidence(new Attachment
            {
                FileName = Path.GetFileName(fileName!.Trim()),
                ContentType = contentType!.ToLowerInvariant(),
                SizeBytes = content.Length,
                StorageKey = key,
                AddedAt = now,
                Evidence = true,
                // A photo goes public only when a moderator chooses it (and may blur it first,
                // BlurPhotoAsync); a PDF when the officer says so.
                Published = publish && (!EvidenceRules.IsImage(contentType!) || scope.Can(StaffAction.Moderate, item.UnitCode)),
            }, scope.Actor, now);
            return ActionOutcome.Done($"Đã đính kèm minh chứng “{fileName}”.");
        }, ct);
        if (!outcome.Succeeded && key is not null)
        {
            store.Delete(key);
        }

        return outcome;
    }

    /// <summary>The unit asks its head for more time, before the deadline (<see cref="DeadlineExtensions"/> checks the date).</summary>
    public Task<ActionOutcome> RequestExtensionAsync(StaffScope scope, string code, string? reason, DateOnly? newDate, CancellationToken ct = default) =>
        ExtensionAsync(scope, code, StaffAction.RequestExtension, async id =>
        {
            if (newDate is not { } date)
            {
                return SlaActionResult.Refused("Vui lòng chọn ngày hẹn mới.");
            }

            if (Clean(reason) is { Length: > FeedbackItem.ReasonMaxLength })
            {
                return SlaActionResult.Refused("Lý do gia hạn không quá 1.000 ký tự.");
            }

            return await extensions.RequestAsync(id, Clean(reason), date, scope.Actor, ct);
        }, "Đã gửi đề nghị gia hạn tới thủ trưởng đơn vị.", ct);

    public Task<ActionOutcome> ApproveExtensionAsync(StaffScope scope, string code, CancellationToken ct = default) =>
        ExtensionAsync(scope, code, StaffAction.Approve, id => extensions.ApproveAsync(id, scope.Actor, ct),
            "Đã duyệt gia hạn; phiếu xin lỗi và hẹn lại ngày trả kết quả được lập và gửi người dân.", ct);

    public Task<ActionOutcome> DeclineExtensionAsync(StaffScope scope, string code, string? reason, CancellationToken ct = default) =>
        ExtensionAsync(scope, code, StaffAction.Approve, async id =>
        {
            if (Clean(reason) is not { } clean)
            {
                return SlaActionResult.Refused("Cần nêu lý do không duyệt gia hạn.");
            }

            return clean.Length > FeedbackItem.ReasonMaxLength
                ? SlaActionResult.Refused("Lý do không quá 1.000 ký tự.")
                : await extensions.DeclineAsync(id, clean, scope.Actor, ct);
        }, "Đã không duyệt gia hạn; cán bộ được thông báo lý do.", ct);

    /// <summary>
    /// Publishes the answer on the portal. The moderator's edited text is stripped of personal
    /// data again on the server: what a browser sends is never trusted to be clean.
    /// </summary>
    public Task<ActionOutcome> PublishAsync(StaffScope scope, string code, string? question, string? answer, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Publish, async (item, now) =>
        {
            if (Invalid(question, FeedbackLimits.ContentMaxLength, required: true, "Nội dung câu hỏi công khai không được để trống.") is { } badQuestion)
            {
                return badQuestion;
            }

            if (Invalid(answer, FeedbackLimits.AnswerMaxLength, required: true, "Nội dung trả lời công khai không được để trống.") is { } badAnswer)
            {
                return badAnswer;
            }

            db.PublishAnswer(item, scope.Actor, now, Clean(question), Clean(answer), await SearchableNamesAsync(item, ct));
            return ActionOutcome.Done("Đã công khai nội dung trả lời trên cổng thông tin.");
        }, ct);

    public Task<ActionOutcome> HideAsync(StaffScope scope, string code, string? reason, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Moderate, async (item, now) =>
        {
            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do ẩn nội dung công khai.") is { } error)
            {
                return error;
            }

            var published = await db.PublishedAnswers.SingleOrDefaultAsync(p => p.FeedbackId == item.Id, ct);
            if (published is null || published.Hidden)
            {
                return ActionOutcome.Refused("Phản ánh này không có nội dung đang công khai.");
            }

            published.Hide(Clean(reason)!, scope.Actor, now);
            item.RecordModeration($"Ẩn bản công khai. Lý do: {published.HiddenReason}", scope.Actor, now);
            return ActionOutcome.Done("Đã ẩn nội dung khỏi cổng công khai; lý do đã được ghi lại.");
        }, ct);

    /// <summary>The moderator's correction of the public copy; stripped of personal data again here.</summary>
    public Task<ActionOutcome> EditPublicAsync(StaffScope scope, string code, string? question, string? answer, string? reason, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Moderate, async (item, now) =>
        {
            if (Invalid(question, FeedbackLimits.ContentMaxLength, required: true, "Nội dung câu hỏi công khai không được để trống.") is { } badQuestion)
            {
                return badQuestion;
            }

            if (Invalid(answer, FeedbackLimits.AnswerMaxLength, required: true, "Nội dung trả lời công khai không được để trống.") is { } badAnswer)
            {
                return badAnswer;
            }

            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do sửa bản công khai.") is { } badReason)
            {
                return badReason;
            }

            var published = await db.PublishedAnswers.SingleOrDefaultAsync(p => p.FeedbackId == item.Id, ct);
            if (published is null)
            {
                return ActionOutcome.Refused("Phản ánh này chưa được công khai.");
            }

            var publicQuestion = PublicText.Strip(Clean(question), item.Contact);
            var publicAnswer = PublicText.Strip(Clean(answer), item.Contact);
            var names = await SearchableNamesAsync(item, ct);
            published.Edit(publicQuestion, publicAnswer,
                Pakn.Core.Text.VietnameseText.Fold($"{published.TrackingCode} {published.Title} {publicQuestion} {publicAnswer} {names}"),
                Clean(reason)!, scope.Actor, now);
            item.RecordModeration($"Sửa bản công khai. Lý do: {Clean(reason)}", scope.Actor, now);
            return ActionOutcome.Done("Đã cập nhật bản công khai; lý do đã được ghi lại.");
        }, ct);

    /// <summary>Never published, neither by hand nor automatically (the citizen asked, or the content is private).</summary>
    public Task<ActionOutcome> MarkPrivateAsync(StaffScope scope, string code, string? reason, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Moderate, (item, now) =>
        {
            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do không công khai.") is { } error)
            {
                return error;
            }

            item.MarkPrivate(Clean(reason)!, scope.Actor, now);
            return ActionOutcome.Done("Phản ánh sẽ không được công khai; lý do đã được ghi lại.");
        }, ct);

    /// <summary>
    /// Which photos go public: the moderator's choice, photos only for citizens' files (their
    /// documents carry personal data), photos or PDF for staff evidence.
    /// </summary>
    public Task<ActionOutcome> SetAttachmentPublicAsync(StaffScope scope, string code, Guid attachmentId, bool publish, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Moderate, (item, now) =>
        {
            var attachment = item.Attachments.SingleOrDefault(a => a.Id == attachmentId);
            if (attachment is null)
            {
                return ActionOutcome.Refused("Không tìm thấy tệp.");
            }

            if (publish && (!EvidenceRules.IsAllowed(attachment.ContentType) || (!attachment.Evidence && !EvidenceRules.IsImage(attachment.ContentType))))
            {
                return ActionOutcome.Refused("Chỉ ảnh (và tài liệu PDF minh chứng của đơn vị) mới được công khai.");
            }

            attachment.Published = publish;
            item.RecordModeration($"{(publish ? "Công khai" : "Thôi công khai")} tệp {attachment.FileName}", scope.Actor, now);
            return ActionOutcome.Done(publish ? "Tệp sẽ hiển thị cùng câu trả lời công khai." : "Tệp không còn hiển thị công khai.");
        }, ct);

    /// <summary>
    /// A moderator blurs regions of a photo (no region: all of it). The blurred copy becomes the
    /// only version the public page serves; the original stays staff-only, and blurring again
    /// starts from it.
    /// </summary>
    public async Task<ActionOutcome> BlurPhotoAsync(StaffScope scope, string code, Guid attachmentId, IReadOnlyList<BlurRegion> regions, CancellationToken ct = default)
    {
        string? key = null;
        string? replaced = null;
        var outcome = await ActAsync(scope, code, StaffAction.Moderate, async (item, now) =>
        {
            var attachment = item.Attachments.SingleOrDefault(a => a.Id == attachmentId);
            if (attachment is null || !store.Exists(attachment.StorageKey))
            {
                return ActionOutcome.Refused("Không tìm thấy tệp.");
            }

            if (!EvidenceRules.IsImage(attachment.ContentType))
            {
                return ActionOutcome.Refused("Chỉ làm mờ được ảnh.");
            }

            var blurred = PhotoBlur.Blur(await store.ReadAllBytesAsync(attachment.StorageKey, ct), regions);
            if (blurred.Error is { } error)
            {
                return ActionOutcome.Refused(error);
            }

            key = await store.SaveAsync(blurred.Content, blurred.ContentType == "image/png" ? ".png" : ".jpg", now, ct);
            replaced = attachment.PublicStorageKey;
            attachment.PublicStorageKey = key;
            attachment.PublicContentType = blurred.ContentType;
            // The history names the file by its id: file names often carry people's names.
            var what = regions.Count == 0 ? "toàn bộ ảnh" : $"{regions.Count} vùng trên ảnh";
            item.RecordModeration($"Làm mờ {what} (tệp {attachment.Id.ToString("N")[..8]}) trước khi công khai", scope.Actor, now);
            return ActionOutcome.Done("Đã lưu ảnh làm mờ: trang công khai chỉ hiển thị bản này.");
        }, ct);
        if (!outcome.Succeeded && key is not null)
        {
            store.Delete(key);
        }
        else if (outcome.Succeeded && replaced is not null)
        {
            store.Delete(replaced);
        }

        return outcome;
    }

    /// <summary>
    /// A moderator takes a blur back: the public page serves the original photo again. The
    /// original may show faces, plates or papers, so this needs an explicit confirmation and a
    /// reason, which the item's history keeps.
    /// </summary>
    public async Task<ActionOutcome> RemoveBlurAsync(StaffScope scope, string code, Guid attachmentId, string? reason, bool confirmed, CancellationToken ct = default)
    {
        string? removed = null;
        var outcome = await ActAsync(scope, code, StaffAction.Moderate, (item, now) =>
        {
            var attachment = item.Attachments.SingleOrDefault(a => a.Id == attachmentId);
            if (attachment is null)
            {
                return ActionOutcome.Refused("Không tìm thấy tệp.");
            }

            if (attachment.PublicStorageKey is null)
            {
                return ActionOutcome.Refused("Ảnh này chưa được làm mờ.");
            }

            if (Invalid(reason, FeedbackLimits.ReasonMaxLength, required: true, "Cần nêu lý do bỏ làm mờ (được ghi vào lịch sử).") is { } error)
            {
                return error;
            }

            if (!confirmed)
            {
                return ActionOutcome.Refused("Hãy xác nhận bạn muốn công khai ảnh gốc chưa làm mờ.");
            }

            removed = attachment.PublicStorageKey;
            attachment.PublicStorageKey = null;
            attachment.PublicContentType = null;
            item.RecordModeration($"Bỏ làm mờ ảnh (tệp {attachment.Id.ToString("N")[..8]}): trang công khai hiển thị ảnh gốc. Lý do: {Clean(reason)}", scope.Actor, now);
            return ActionOutcome.Done(attachment.Published
                ? "Đã bỏ làm mờ: trang công khai hiển thị ảnh gốc."
                : "Đã bỏ làm mờ: nếu công khai, ảnh gốc sẽ được hiển thị.");
        }, ct);
        if (outcome.Succeeded && removed is not null)
        {
            store.Delete(removed);
        }

        return outcome;
    }

    /// <summary>
    /// A coordinator places an item routing could not: the decision goes out as routing's own
    /// event, so the assignment (clocks, notifications) is exactly the one routing would make.
    /// </summary>
    public Task<ActionOutcome> PlaceAsync(StaffScope scope, string code, string? fieldCode, string? unitCode, Severity severity, CancellationToken ct = default) =>
        ActAsync(scope, code, StaffAction.Place, async (item, now) =>
        {
            if (item.State is not (FeedbackState.Received or FeedbackState.NeedsTriage))
            {
                return ActionOutcome.Refused("Phản ánh đã được phân loại; hãy dùng thao tác chuyển đơn vị.");
            }

            if (!await db.Fields.AnyAsync(f => f.Code == fieldCode, ct))
            {
                return ActionOutcome.Refused("Vui lòng chọn lĩnh vực.");
            }

            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, ct);
            if (unit is null || !unit.IsActiveAt(now))
            {
                return ActionOutcome.Refused("Vui lòng chọn đơn vị xử lý đang hoạt động.");
            }

            db.Enqueue(new FeedbackRouted(item.Id, fieldCode!, unit.Code, severity, 1.0,
                $"Cán bộ tiếp nhận {scope.DisplayName} phân loại"), now);
            // The coordinator's field is a label the classifier retrains on; a suspected tố cáo is not.
            if (!item.Confidential)
            {
                db.Set<LabelledExample>().Add(LabelledExample.From(item.Id, item.Title, item.Content, fieldCode!, scope.DisplayName, now));
            }

            return ActionOutcome.Done($"Đã chuyển phản ánh tới {unit.Name}; hạn xử lý được tính ngay.");
        }, ct);

    private Task<ActionOutcome> ActAsync(StaffScope scope, string code, StaffAction action, Func<FeedbackItem, DateTimeOffset, ActionOutcome> act, CancellationToken ct) =>
        ActAsync(scope, code, action, (item, now) => Task.FromResult(act(item, now)), ct);

    private async Task<ActionOutcome> ActAsync(
        StaffScope scope, string code, StaffAction action, Func<FeedbackItem, DateTimeOffset, Task<ActionOutcome>> act, CancellationToken ct)
    {
        if (!TrackingCode.TryNormalize(code, out var normalized))
        {
            return ActionOutcome.NotFound;
        }

        scope = await access.CurrentAsync(scope, ct);
        var item = await db.Feedback.VisibleTo(scope).SingleOrDefaultAsync(f => f.TrackingCode == normalized, ct);
        if (item is null)
        {
            return ActionOutcome.NotFound;
        }

        if (!scope.Can(action, item.UnitCode))
        {
            return ActionOutcome.Forbidden;
        }

        ActionOutcome outcome;
        try
        {
            outcome = await act(item, time.GetUtcNow());
        }
        catch (InvalidTransitionException e)
        {
            return ActionOutcome.Refused(e.Message);
        }

        if (!outcome.Succeeded)
        {
            return outcome;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ActionOutcome.Refused("Phản ánh vừa được người khác cập nhật. Vui lòng tải lại trang rồi thử lại.");
        }
    }

    /// <summary>The same scope and permission check as every other action, then the SLA service's own transaction.</summary>
    private async Task<ActionOutcome> ExtensionAsync(
        StaffScope scope, string code, StaffAction action, Func<Guid, Task<SlaActionResult>> act, string done, CancellationToken ct)
    {
        if (!TrackingCode.TryNormalize(code, out var normalized))
        {
            return ActionOutcome.NotFound;
        }

        scope = await access.CurrentAsync(scope, ct);
        var item = await db.Feedback.AsNoTracking().VisibleTo(scope)
            .Where(f => f.TrackingCode == normalized)
            .Select(f => new { f.Id, f.UnitCode })
            .SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return ActionOutcome.NotFound;
        }

        if (!scope.Can(action, item.UnitCode))
        {
            return ActionOutcome.Forbidden;
        }

        var result = await act(item.Id);
        return result.Succeeded ? ActionOutcome.Done(done) : ActionOutcome.Refused(result.Error ?? "Không thực hiện được.");
    }

    private Task<string> SearchableNamesAsync(FeedbackItem item, CancellationToken ct) => db.SearchableNamesAsync(item, ct);

    private static ActionOutcome? Invalid(string? text, int maxLength, bool required, string? requiredMessage = null)
    {
        var clean = Clean(text);
        if (clean is null)
        {
            return required ? ActionOutcome.Refused(requiredMessage ?? "Vui lòng nhập nội dung.") : null;
        }

        return clean.Length > maxLength
            ? ActionOutcome.Refused($"Nội dung dài quá {maxLength:N0} ký tự.")
            : null;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Pakn.Core.Text.VietnameseText.Canonical(text.Trim());
}
