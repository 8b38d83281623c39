using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Outbox;
using Pakn.Core.Sla;
using Pakn.Routing.Classification;

namespace Pakn.Host.Simulation;

/// <summary>
/// Carries out simulated staff's actions through the domain, as the staff screens do: each at
/// its own moment, a batch per save. A coordinator places an item by giving the routing
/// decision routing could not (the same assignment consumer then starts its clocks), or rejects
/// it with the reason the citizen is told.
/// </summary>
internal sealed class StaffDesk(IServiceScopeFactory scopes, RoutingTable routingTable, IReadOnlyDictionary<Guid, string> labels)
{
    private const string Unit = "sim:unit";
    private const string Citizen = "sim:citizen";
    private const string Coordinator = "sim:coordinator";
    private const string Moderator = "sim:moderator";
    private const string UnitHead = "sim:unit-head";

    public int Applied { get; private set; }
    public int Skipped { get; private set; }
    public int Conflicts { get; private set; }

    public async Task ApplyAsync(IReadOnlyList<PlannedAction> actions, CancellationToken ct)
    {
        if (actions.Count == 0)
        {
            return;
        }

        var table = await routingTable.GetAsync(ct);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var ids = actions.Select(a => a.FeedbackId).Distinct().ToList();
            var items = await db.Feedback.Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
            var done = actions.Count(a => items.TryGetValue(a.FeedbackId, out var item) && Apply(db, table, item, a));
            try
            {
                await db.SaveChangesAsync(ct);
                Applied += done;
                Skipped += actions.Count - done;
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else moved one of these items: redo the batch one action at a time.
            }
        }

        foreach (var action in actions)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            var item = await db.Feedback.SingleOrDefaultAsync(f => f.Id == action.FeedbackId, ct);
            if (item is null || !Apply(db, table, item, action))
            {
                Skipped++;
                continue;
            }

            try
            {
                await db.SaveChangesAsync(ct);
                Applied++;
            }
            catch (DbUpdateConcurrencyException)
            {
                Conflicts++;
            }
        }
    }

    /// <summary>
    /// An extension request or approval through <see cref="DeadlineExtensions"/>, as the staff
    /// screens call it, at the current (simulated) moment.
    /// </summary>
    public async Task ApplyThroughServiceAsync(PlannedAction action, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var extensions = scope.ServiceProvider.GetRequiredService<DeadlineExtensions>();
        var result = action.Action == DeskAction.RequestExtension
            ? await extensions.RequestAsync(action.FeedbackId, "Nội dung cần phối hợp nhiều đơn vị và kiểm tra hiện trường, chưa thể trả lời đúng hạn.", action.NewDate!.Value, Unit, ct)
            : await extensions.ApproveAsync(action.FeedbackId, UnitHead, ct);
        if (result.Succeeded)
        {
            Applied++;
            if (action.Action == DeskAction.RequestExtension)
            {
                ExtensionsRequested++;
            }
            else
            {
                ExtensionsApproved++;
            }
        }
        else
        {
            // The item moved on (answered, paused, past its deadline): the screen says why.
            Skipped++;
        }
    }

    public int ExtensionsRequested { get; private set; }
    public int ExtensionsApproved { get; private set; }

    /// <summary>False when the action no longer fits the item (answered already, rejected …).</summary>
    private bool Apply(PaknDbContext db, RoutingSnapshot table, FeedbackItem item, PlannedAction action)
    {
        var at = action.At;
        try
        {
            switch (action.Action)
            {
                case DeskAction.Acknowledge:
                    item.Acknowledge(Unit, at, "Đơn vị đã tiếp nhận và đang xem xét");
                    return true;
                case DeskAction.AskForInformation:
                    item.RequestInformation("Đề nghị ông/bà cung cấp thêm địa chỉ cụ thể và hình ảnh hiện trường để đơn vị kiểm tra.", Unit, at);
                    return true;
                case DeskAction.CitizenReplies:
                    item.ReceiveInformation(Citizen, at);
                    return true;
                case DeskAction.Answer:
                    item.Respond("Đơn vị đã kiểm tra thực tế, phối hợp với tổ dân phố xử lý dứt điểm nội dung ông/bà phản ánh. Trân trọng cảm ơn ông/bà đã quan tâm.", Unit, at);
                    return true;
                case DeskAction.Publish when item is { State: FeedbackState.Answered, Confidential: false }:
                    item.Publish(Moderator, at);
                    return true;
                case DeskAction.Place when item.State == FeedbackState.NeedsTriage:
                    return Place(db, table, item, at);
                default:
                    return false;
            }
        }
        catch (InvalidTransitionException)
        {
            return false;
        }
    }

    private bool Place(PaknDbContext db, RoutingSnapshot table, FeedbackItem item, DateTimeOffset at)
    {
        var label = labels.GetValueOrDefault(item.Id, RoutingLabels.Spam);
        if (RoutingLabels.IsPakn(label) && table.FindUnit(label, item.AreaCode, at) is { Unit: { } unit })
        {
            db.Enqueue(new FeedbackRouted(item.Id, label, unit.Code, Severity.Normal, 1, "Cán bộ tiếp nhận phân loại"), at);
            return true;
        }

        item.Reject(label switch
        {
            RoutingLabels.Complaint => "Nội dung là khiếu nại đối với quyết định hành chính, được giải quyết theo Luật Khiếu nại; đề nghị ông/bà gửi đơn tới cơ quan đã ra quyết định.",
            RoutingLabels.Denunciation => "Nội dung là tố cáo, được giải quyết theo Luật Tố cáo; đề nghị ông/bà gửi đơn tới cơ quan có thẩm quyền. Thông tin người tố cáo được giữ bí mật.",
            RoutingLabels.Spam => "Nội dung không phải phản ánh, kiến nghị về quy định hành chính.",
            _ => "Phản ánh chưa ghi rõ phường, xã nơi xảy ra sự việc; đề nghị ông/bà gửi lại kèm địa chỉ cụ thể.",
        }, Coordinator, at);
        return true;
    }
}
