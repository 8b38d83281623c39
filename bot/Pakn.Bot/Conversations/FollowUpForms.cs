using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Feedback;
using Pakn.Core.Intake;

namespace Pakn.Bot.Conversations;

/// <summary>
/// What a filer does with an item after filing: look it up, add requested information, re-open
/// an answered item with a reason, rate the answer. Acting on an item needs either the
/// conversation it was filed from, or the phone number it was filed with.
/// </summary>
public static partial class FollowUpForms
{
    private const string Code = "code";
    private const string Verify = "verify";

    public static FormDefinition Lookup { get; } = new(FormNames.Lookup, [CodeSlot("Bạn nhập mã phản ánh cần tra cứu (ví dụ PA-7K4M-9XQ2):")],
        async ctx =>
        {
            var code = ctx.State.Get(Code)!;
            FilingForm.CancelForm(ctx);
            await StatusReplies.ShowAsync(ctx, code);
        });

    public static FormDefinition Information { get; } = new(FormNames.Information,
    [
        CodeSlot("Bạn nhập mã phản ánh cần bổ sung thông tin:"),
        VerifySlot(),
        new FormSlot("information", "Thông tin bổ sung", "thong tin", "bo sung")
        {
            Prompt = _ => Task.FromResult(new BotMessage("Bạn nhập thông tin cần bổ sung (có thể gửi kèm ảnh hoặc tài liệu):")),
            Accept = (_, input) => Task.FromResult(input.Text.Length switch
            {
                < 5 => SlotAnswer.Retry("Thông tin bổ sung quá ngắn, bạn viết cụ thể hơn giúp tôi nhé."),
                > 1_900 => SlotAnswer.Retry("Thông tin bổ sung tối đa 1.900 ký tự; phần dài hơn bạn gửi dưới dạng tệp đính kèm nhé."),
                _ => SlotAnswer.Ok(input.Text),
            }),
        },
    ], ProvideInformationAsync);

    public static FormDefinition Reopen { get; } = new(FormNames.Reopen,
    [
        CodeSlot("Bạn nhập mã phản ánh muốn mở lại:"),
        VerifySlot(),
        new FormSlot("reason", "Lý do mở lại", "ly do")
        {
            Prompt = _ => Task.FromResult(new BotMessage("Vì sao bạn muốn mở lại phản ánh? (ví dụ: sự việc vẫn chưa được khắc phục)")),
            Accept = (_, input) => Task.FromResult(input.Text.Length switch
            {
                < 5 => SlotAnswer.Retry("Bạn nêu rõ lý do mở lại giúp tôi nhé (ví dụ: đèn vẫn chưa được sửa)."),
                > 1_000 => SlotAnswer.Retry("Lý do tối đa 1.000 ký tự."),
                _ => SlotAnswer.Ok(input.Text),
            }),
        },
    ], ReopenAsync);

    public static FormDefinition Rating { get; } = new(FormNames.Rating,
    [
        CodeSlot("Bạn nhập mã phản ánh muốn đánh giá:"),
        VerifySlot(),
        new FormSlot("score", "Mức hài lòng", "diem", "danh gia")
        {
            Prompt = _ => Task.FromResult(new BotMessage(
                "Bạn hài lòng với câu trả lời ở mức nào? (1 = rất không hài lòng, 5 = rất hài lòng)",
                [new("5 – Rất hài lòng", "5"), new("4 – Hài lòng", "4"), new("3 – Bình thường", "3"), new("2 – Không hài lòng", "2"), new("1 – Rất không hài lòng", "1")])),
            Accept = (_, input) => Task.FromResult(Score(input) is { } score
                ? SlotAnswer.Ok(score.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : SlotAnswer.Retry("Bạn chọn một mức từ 1 đến 5 giúp tôi nhé.")),
        },
        new FormSlot("resolved", "Đã giải quyết", "giai quyet")
        {
            Prompt = _ => Task.FromResult(new BotMessage("Vấn đề của bạn đã được giải quyết chưa?", [new("Đã được giải quyết", "đã giải quyết"), new("Chưa được giải quyết", "chưa giải quyết")])),
            Accept = (_, input) => Task.FromResult(
                input.Contains("chua giai quyet", "chua", "khong", "van chua", "chua xong") || Intents.IsNo(input) ? SlotAnswer.Ok("no")
                : input.Contains("da giai quyet", "duoc giai quyet", "roi", "xong", "da xong") || Intents.IsYes(input) ? SlotAnswer.Ok("yes")
                : SlotAnswer.Retry("Bạn chọn “Đã được giải quyết” hoặc “Chưa được giải quyết” giúp tôi nhé.")),
        },
    ], RateAsync);

    /// <summary>"bổ sung PA-…", "đánh giá …", "mở lại …": which follow-up form a message starts, if any.</summary>
    public static FormDefinition? Requested(ChatInput input) =>
        input.StartsWith("bo sung", "bo sung thong tin") ? Information
        : input.StartsWith("danh gia") ? Rating
        : input.StartsWith("mo lai", "mo lai phan anh") ? Reopen
        : null;

    private static FormSlot CodeSlot(string prompt) => new(Code, "Mã phản ánh", "ma")
    {
        Prompt = ctx => Task.FromResult(new BotMessage(prompt,
            ctx.State.LastFiledCode is { } last ? [new ChatAction(last, last)] : null)),
        Accept = (_, input) => Task.FromResult(Intents.TrackingCodeIn(input.Value ?? input.Text) is { } code
            ? SlotAnswer.Ok(code)
            : SlotAnswer.Retry("Mã phản ánh chưa đúng. Mã có dạng PA-XXXX-XXXX, ghi trong tin nhắn xác nhận khi bạn gửi phản ánh.")),
        Applies = ctx => ctx.State.TrackingCode is null,
    };

    private static FormSlot VerifySlot() => new(Verify, "Xác minh")
    {
        Prompt = _ => Task.FromResult(new BotMessage("Để bảo đảm đúng người gửi, bạn nhập số điện thoại đã dùng khi gửi phản ánh:")),
        Accept = async (ctx, input) =>
        {
            var code = CodeOf(ctx);
            var phone = await ctx.Db.Feedback.AsNoTracking().Where(f => f.TrackingCode == code).Select(f => f.Contact.Phone).SingleOrDefaultAsync();
            return phone is not null && PhoneNumbers.TryNormalize(input.Text, out var typed) && typed == phone
                ? SlotAnswer.Ok("ok")
                : SlotAnswer.Retry("Số điện thoại không khớp với phản ánh này. Bạn kiểm tra lại, hoặc nhắn “hủy” để dừng.");
        },
        // Asked only outside the conversation the item was filed from.
        Applies = ctx => ctx.State.Values.GetValueOrDefault("_owner") != "yes",
    };

    /// <summary>Starts a follow-up form for the code in the message, the last filed code, or asks for one.</summary>
    public static async Task StartAsync(DialogContext ctx, FormDefinition form, string? code)
    {
        FilingForm.CancelForm(ctx);
        ctx.State.Form = form.Name;
        if (code is not null)
        {
            ctx.State.Values[Code] = code;
        }

        await Dialog.AdvanceAsync(ctx, form);
    }

    /// <summary>
    /// Checks, once the code is known, that the item exists and can take this action; marks the
    /// filer's own conversation so the phone check is skipped. False ends the form with a reason.
    /// </summary>
    public static async Task<bool> CheckItemAsync(DialogContext ctx, FormDefinition form)
    {
        if (form == Lookup || ctx.State.Get(Code) is not { } code || ctx.State.Values.ContainsKey("_checked"))
        {
            return true;
        }

        var item = await ctx.Db.Feedback.AsNoTracking().Where(f => f.TrackingCode == code)
            .Select(f => new { f.State, f.AnsweredAt, f.Contact.ReplyAddress, HasPhone = f.Contact.Phone != null })
            .SingleOrDefaultAsync();
        string? refusal = item switch
        {
            null => $"Không tìm thấy phản ánh có mã {code}.",
            _ when form == Information && item.State != FeedbackState.NeedsInfo =>
                $"Phản ánh {code} hiện không chờ bổ sung thông tin (trạng thái: {FeedbackStateNames.Label(item.State)}).",
            _ when form != Information && item.State is not (FeedbackState.Answered or FeedbackState.Published or FeedbackState.Closed) =>
                $"Phản ánh {code} chưa có câu trả lời (trạng thái: {FeedbackStateNames.Label(item.State)}), nên chưa thể {(form == Rating ? "đánh giá" : "mở lại")}.",
            _ when form == Reopen && !StatusReplies.CanReopen(ctx, item.AnsweredAt) =>
                $"Phản ánh {code} đã quá thời hạn được mở lại. Nếu sự việc vẫn tiếp diễn, bạn gửi phản ánh mới và ghi mã cũ trong nội dung nhé.",
            _ when item.ReplyAddress != ctx.ReplyAddress && !item.HasPhone =>
                $"Chỉ người đã gửi phản ánh {code} mới thực hiện được thao tác này, từ cuộc trò chuyện đã dùng để gửi.",
            _ => null,
        };
        if (refusal is not null)
        {
            FilingForm.CancelForm(ctx);
            ctx.Say(refusal, Replies.Menu);
            return false;
        }

        ctx.State.Values["_checked"] = "yes";
        ctx.State.Values["_owner"] = item!.ReplyAddress == ctx.ReplyAddress ? "yes" : "no";
        return true;
    }

    private static string CodeOf(DialogContext ctx) => ctx.State.Get(Code) ?? "";

    private static async Task<FeedbackItem?> LoadAsync(DialogContext ctx) =>
        await ctx.Db.Feedback.SingleOrDefaultAsync(f => f.TrackingCode == CodeOf(ctx));

    private static async Task ProvideInformationAsync(DialogContext ctx)
    {
        var item = await LoadAsync(ctx);
        if (item is null || item.State != FeedbackState.NeedsInfo)
        {
            FilingForm.CancelForm(ctx);
            ctx.Say("Phản ánh này hiện không chờ bổ sung thông tin nữa.", Replies.Menu);
            return;
        }

        item.ProvideInformation(ctx.State.Get("information")!, ctx.Now);
        foreach (var file in ctx.State.Files)
        {
            item.AddAttachment(new Attachment { FileName = file.FileName, ContentType = file.ContentType, SizeBytes = file.SizeBytes, StorageKey = file.StorageKey, AddedAt = ctx.Now });
        }

        ctx.Db.Enqueue(new FeedbackFollowedUp(item.Id, item.TrackingCode, "information", ctx.Now), ctx.Now);
        await ctx.Db.SaveChangesAsync();
        ctx.State.Files.Clear();
        FilingForm.CancelForm(ctx);
        ctx.Say($"Đã gửi thông tin bổ sung cho đơn vị xử lý phản ánh {item.TrackingCode}. Cảm ơn bạn!", Replies.Menu);
    }

    private static async Task ReopenAsync(DialogContext ctx)
    {
        var item = await LoadAsync(ctx);
        if (item is null || !StatusReplies.CanReopen(ctx, item.AnsweredAt) || !FeedbackTransitions.IsAllowed(item.State, FeedbackState.InProgress))
        {
            FilingForm.CancelForm(ctx);
            ctx.Say("Phản ánh này hiện không mở lại được.", Replies.Menu);
            return;
        }

        item.Reopen($"Người dân đề nghị mở lại: {ctx.State.Get("reason")}", Actors.Citizen, ctx.Now);
        ctx.Db.Enqueue(new FeedbackFollowedUp(item.Id, item.TrackingCode, "reopened", ctx.Now), ctx.Now);
        await ctx.Db.SaveChangesAsync();
        FilingForm.CancelForm(ctx);
        ctx.Say($"Đã mở lại phản ánh {item.TrackingCode}. Đơn vị xử lý sẽ xem xét lại và trả lời bạn; bạn sẽ nhận thông báo tại đây.", Replies.Menu);
    }

    private static async Task RateAsync(DialogContext ctx)
    {
        var item = await LoadAsync(ctx);
        if (item is null || !item.CanBeRated)
        {
            FilingForm.CancelForm(ctx);
            ctx.Say("Phản ánh này hiện chưa đánh giá được.", Replies.Menu);
            return;
        }

        var resolved = ctx.State.Get("resolved") == "yes";
        item.Rate(int.Parse(ctx.State.Get("score")!, System.Globalization.CultureInfo.InvariantCulture), resolved, ctx.Now);
        ctx.Db.Enqueue(new FeedbackFollowedUp(item.Id, item.TrackingCode, "rated", ctx.Now), ctx.Now);
        await ctx.Db.SaveChangesAsync();
        var code = item.TrackingCode;
        var reopenable = !resolved && StatusReplies.CanReopen(ctx, item.AnsweredAt);
        FilingForm.CancelForm(ctx);
        ctx.Say(
            "Cảm ơn bạn đã đánh giá! Ý kiến của bạn giúp chính quyền phục vụ tốt hơn."
            + (reopenable ? " Vì vấn đề chưa được giải quyết, bạn có thể đề nghị mở lại phản ánh." : ""),
            reopenable ? [new("Mở lại", "mở lại " + code)] : Replies.Menu);
    }

    private static int? Score(ChatInput input)
    {
        if (DigitPattern().Match(input.Value ?? input.Text) is { Success: true } match)
        {
            return match.Value[0] - '0';
        }

        return input.Folded switch
        {
            "rat hai long" or "tuyet voi" => 5,
            "hai long" or "tot" => 4,
            "binh thuong" or "tam duoc" => 3,
            "khong hai long" or "chua hai long" => 2,
            "rat khong hai long" or "rat te" or "te" => 1,
            _ => null,
        };
    }

    [GeneratedRegex(@"(?<![0-9])[1-5](?![0-9])", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex DigitPattern();
}
