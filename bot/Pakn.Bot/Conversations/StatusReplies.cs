using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pakn.Core.Feedback;

namespace Pakn.Bot.Conversations;

/// <summary>
/// "tra cứu PA-…": the public status of an item (state, unit, due time, published answer; never
/// contact data or the filed text) and what its filer can do next.
/// </summary>
public static class StatusReplies
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly TimeZoneInfo VietnamTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static async Task ShowAsync(DialogContext ctx, string code)
    {
        var status = await ctx.Db.FindPublicStatusAsync(code, CancellationToken.None);
        if (status is null)
        {
            ctx.Say($"Không tìm thấy phản ánh có mã {code}. Bạn kiểm tra lại mã (dạng PA-XXXX-XXXX) giúp tôi nhé.");
            return;
        }

        var facts = new List<KeyValuePair<string, string>>
        {
            new("Trạng thái", status.StateLabel),
            new("Tiếp nhận lúc", Format(status.ReceivedAt)),
        };
        if (status.UnitName is { } unit)
        {
            facts.Add(new("Đơn vị xử lý", unit));
        }

        if (status.FieldName is { } field)
        {
            facts.Add(new("Lĩnh vực", field));
        }

        if (FeedbackStateNames.IsOpen(status.State) && status.ResolutionDueAt is { } due)
        {
            facts.Add(new("Hạn giải quyết", Format(due)));
        }
        else if (FeedbackStateNames.IsOpen(status.State) && status.FirstResponseDueAt is { } firstDue)
        {
            facts.Add(new("Hạn phản hồi", Format(firstDue)));
        }

        if (status.Answer is { } answer)
        {
            facts.Add(new("Trả lời", answer));
        }
        else if (status.AnsweredAt is not null)
        {
            facts.Add(new("Trả lời", "Đã có câu trả lời, đang chờ công khai; bạn đã hoặc sẽ nhận được qua kênh đã gửi."));
        }

        if (status.RejectionReason is { } reason)
        {
            facts.Add(new("Lý do không tiếp nhận", reason));
        }

        var actions = new List<ChatAction>();
        if (status.State == FeedbackState.NeedsInfo)
        {
            actions.Add(new("Bổ sung thông tin", "bổ sung " + code));
            if (await RequestedInformationAsync(ctx, code) is { } question)
            {
                facts.Add(new("Đơn vị đề nghị bổ sung", question));
            }
        }

        if (status.State is FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed)
        {
            actions.Add(new("Đánh giá", "đánh giá " + code));
            if (CanReopen(ctx, status.AnsweredAt))
            {
                actions.Add(new("Mở lại", "mở lại " + code));
            }
        }

        var text = $"Phản ánh {code}:\n" + string.Join("\n", facts.Select(f => $"• {f.Key}: {f.Value}"));
        ctx.Say(new BotMessage(text, actions.Count > 0 ? actions : null, new BotCard($"Phản ánh {code}", facts, actions.Count > 0 ? actions : null, TrackingLink(ctx, code))));
    }

    public static bool CanReopen(DialogContext ctx, DateTimeOffset? answeredAt) =>
        answeredAt is { } at && ctx.Now - at <= ctx.Get<IOptions<BotOptions>>().Value.ReopenWindow;

    public static string TrackingLink(DialogContext ctx, string code) =>
        $"{ctx.Get<IOptions<BotOptions>>().Value.PublicBaseUrl.TrimEnd('/')}/tra-cuu/{code}";

    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, VietnamTime).ToString("HH:mm 'ngày' dd/MM/yyyy", Vietnamese);

    /// <summary>The unit's question, shown only in the conversation the item was filed from.</summary>
    private static async Task<string?> RequestedInformationAsync(DialogContext ctx, string code)
    {
        var item = await ctx.Db.Feedback.AsNoTracking()
            .Where(f => f.TrackingCode == code)
            .Select(f => new { f.Id, f.Contact.ReplyAddress })
            .SingleAsync();
        if (item.ReplyAddress != ctx.ReplyAddress)
        {
            return null;
        }

        return await ctx.Db.AuditEntries.AsNoTracking()
            .Where(a => a.FeedbackId == item.Id && a.ToState == FeedbackState.NeedsInfo)
            .OrderByDescending(a => a.Id)
            .Select(a => a.Note)
            .FirstOrDefaultAsync();
    }
}
