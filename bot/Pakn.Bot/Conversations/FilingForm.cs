using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pakn.Core.Attachments;
using Pakn.Core.Feedback;
using Pakn.Core.Intake;
using Pakn.Core.Text;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Filing a PAKN: what happened, where, which field, who to answer, then a summary to confirm.
/// Each question is one <see cref="FormSlot"/>; the order of the list is the order asked.
/// </summary>
public static class FilingForm
{
    public const string Content = "content";
    public const string Area = "area";
    public const string Address = "address";
    public const string Field = "field";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Confirm = "confirm";

    // Internal values (not questions) kept with the form.
    public const string Latitude = "_lat";
    public const string Longitude = "_lon";
    public const string ProposedField = "_proposed";
    public const string PendingContent = "_pending";

    private const string AnonymousValue = "không nêu tên";
    private const string KeepFilingValue = "vẫn gửi phản ánh";
    private const int MinContentLength = 15;
    private static readonly ChatAction Skip = new("Bỏ qua", "bỏ qua");

    public static FormDefinition Definition { get; } = new(FormNames.Filing,
    [
        new FormSlot(Content, "Nội dung", "noi dung", "su viec", "mo ta")
        {
            Prompt = _ => Task.FromResult(new BotMessage(
                "Bạn hãy mô tả sự việc cần phản ánh: chuyện gì xảy ra, ở đâu, từ khi nào. "
                + "Bạn có thể gửi kèm ảnh hoặc tài liệu (ảnh, PDF, Word, Excel).")),
            Accept = AcceptContentAsync,
            Help = "Ví dụ: “Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm.” Càng cụ thể, cơ quan xử lý càng nhanh.",
            Display = (_, v) => Echo.Of(v, 200),
        },
        new FormSlot(Area, "Phường/xã", "phuong", "xa", "phuong xa", "khu vuc", "noi xay ra")
        {
            Prompt = async ctx => new BotMessage("Sự việc xảy ra ở phường, xã nào?", await AreaActionsAsync(ctx)),
            Accept = AcceptAreaAsync,
            Help = "Bạn gõ tên phường hoặc xã, có dấu hay không dấu đều được (ví dụ: Hải Châu, hoa vang).",
            Display = (ctx, v) => ctx.State.Values.GetValueOrDefault("_areaName", v),
        },
        new FormSlot(Address, "Địa chỉ", "dia chi", "vi tri", "so nha", "duong")
        {
            Prompt = _ => Task.FromResult(new BotMessage(
                "Địa chỉ cụ thể nơi xảy ra sự việc (số nhà, tên đường, tổ dân phố)? Bạn cũng có thể gửi vị trí. Nếu không có, chọn “Bỏ qua”.",
                [Skip])),
            Accept = (_, input) => Task.FromResult(AcceptOptionalText(input, FeedbackLimits.AddressMaxLength, "Địa chỉ")),
            Display = (ctx, v) => v.Length > 0 ? Echo.Of(v, 120)
                : ctx.State.Values.ContainsKey(Latitude) ? "Vị trí đã gửi trên bản đồ" : null,
        },
        new FormSlot(Field, "Lĩnh vực", "linh vuc", "loai")
        {
            Prompt = PromptFieldAsync,
            Accept = AcceptFieldAsync,
            Help = "Lĩnh vực giúp chuyển phản ánh đến đúng đơn vị. Nếu không chắc, chọn “Không rõ”: cán bộ sẽ xác định giúp bạn.",
            Display = (ctx, v) => v.Length == 0 ? "Để cán bộ xác định" : ctx.State.Values.GetValueOrDefault("_fieldName", v),
        },
        new FormSlot(Name, "Họ tên", "ho ten", "ten")
        {
            Prompt = _ => Task.FromResult(new BotMessage(
                "Để cơ quan trả lời và liên hệ khi cần làm rõ, bạn cho biết họ tên nhé. Họ tên, số điện thoại của bạn chỉ dùng để xử lý phản ánh "
                + "và không bao giờ được công khai. Nếu không muốn nêu tên, chọn “Không nêu tên”.",
                [new("Không nêu tên", AnonymousValue)])),
            Accept = (_, input) => Task.FromResult(AcceptName(input)),
            Display = (_, v) => v.Length == 0 ? "Không nêu tên" : Echo.Of(v, 80),
        },
        new FormSlot(Phone, "Số điện thoại", "so dien thoai", "dien thoai", "sdt", "so")
        {
            Prompt = _ => Task.FromResult(new BotMessage(
                "Số điện thoại di động của bạn (ví dụ 0905 123 456)? Cán bộ dùng số này để liên hệ khi cần và bạn dùng nó để xác minh khi tra cứu.")),
            Accept = (_, input) => Task.FromResult(
                PhoneNumbers.TryNormalize(input.Text, out var phone) && PhoneNumbers.IsMobile(phone)
                    ? SlotAnswer.Ok(phone)
                    : SlotAnswer.Retry("Số điện thoại chưa đúng. Vui lòng nhập số di động Việt Nam gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0905 123 456).")),
            Help = "Số điện thoại là bắt buộc để cơ quan liên hệ trả lời; số này không được công khai.",
        },
        new FormSlot(Email, "Email", "email", "thu dien tu", "mail")
        {
            Prompt = _ => Task.FromResult(new BotMessage("Email để nhận văn bản trả lời (không bắt buộc)? Nếu không có, chọn “Bỏ qua”.", [Skip])),
            Accept = (_, input) => Task.FromResult(AcceptEmail(input)),
            Display = (_, v) => v.Length == 0 ? null : v,
        },
        new FormSlot(Confirm, "Xác nhận")
        {
            Prompt = SummaryAsync,
            Accept = (_, input) => Task.FromResult(Intents.IsYes(input)
                ? SlotAnswer.Ok("yes")
                : SlotAnswer.Retry("Bạn chọn “Gửi phản ánh” để gửi, “Sửa thông tin” để thay đổi hoặc “Hủy” để dừng nhé.", ConfirmActions)),
        },
    ], FileAsync);

    private static readonly IReadOnlyList<ChatAction> ConfirmActions =
    [
        new("Gửi phản ánh", "gửi"),
        new("Sửa thông tin", "sửa"),
        new("Hủy", "hủy"),
    ];

    private static async Task<SlotAnswer> AcceptContentAsync(DialogContext ctx, ChatInput input)
    {
        var values = ctx.State.Values;
        if (input.Choice == VietnameseText.Fold(KeepFilingValue) && values.Remove(PendingContent, out var pending))
        {
            return SlotAnswer.Ok(pending, new BotMessage("Được, tôi ghi nhận đây là phản ánh, kiến nghị."));
        }

        var text = input.Text;
        if (text.Length > FeedbackLimits.ContentMaxLength)
        {
            return SlotAnswer.Retry(TooLong(text.Length));
        }

        if (input.Folded.Length < MinContentLength || input.Words.Count < 3)
        {
            return SlotAnswer.Retry("Bạn mô tả cụ thể hơn một chút nhé: chuyện gì xảy ra, ở đâu (ví dụ: “Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay”).");
        }

        if (Intents.IsGibberish(input))
        {
            return SlotAnswer.Retry("Xin lỗi, tôi chưa đọc được nội dung này. Bạn vui lòng mô tả sự việc bằng tiếng Việt (có dấu hay không dấu đều được).");
        }

        var suggestion = await SuggestAsync(ctx, text);
        var kind = OutOfScope(input, suggestion);
        if (kind == OutOfScopeKind.Denunciation)
        {
            // Nothing of a denunciation is kept or repeated: not in the form, not in a reply.
            CancelForm(ctx);
            ctx.Say(Replies.Denunciation, Replies.Menu);
            return SlotAnswer.Handled;
        }

        if (kind == OutOfScopeKind.Complaint)
        {
            values[PendingContent] = text;
            ctx.Say($"{Replies.Complaint} {Replies.NotPaknContinue}", [new("Vẫn gửi phản ánh", KeepFilingValue), new("Hủy", "hủy")]);
            return SlotAnswer.Handled;
        }

        if (kind == OutOfScopeKind.Spam)
        {
            return SlotAnswer.Retry("Tôi chưa thấy nội dung phản ánh trong tin nhắn này. Bạn mô tả sự việc cụ thể giúp tôi nhé.");
        }

        values.Remove(ProposedField);
        values.Remove(Field);
        return SlotAnswer.Ok(text, new BotMessage("Đã ghi nhận nội dung phản ánh."));
    }

    private static OutOfScopeKind OutOfScope(ChatInput input, FieldSuggestion suggestion)
    {
        // The words themselves are the strongest signal; the classifier catches the rest
        // (denunciations that never say "tố cáo").
        if (input.Contains("to cao", "don to cao", "truy to"))
        {
            return OutOfScopeKind.Denunciation;
        }

        if (input.Contains("khieu nai", "don khieu nai"))
        {
            return OutOfScopeKind.Complaint;
        }

        var bestField = suggestion.Fields.Count > 0 ? suggestion.Fields[0].Probability : 0;
        return suggestion.OutOfScope != OutOfScopeKind.None && suggestion.OutOfScopeProbability >= 0.5 && suggestion.OutOfScopeProbability > bestField
            ? suggestion.OutOfScope
            : OutOfScopeKind.None;
    }

    private static Task<FieldSuggestion> SuggestAsync(DialogContext ctx, string text) =>
        ctx.Suggestions.GetAsync(text, CancellationToken.None);

    private static async Task<IReadOnlyList<ChatAction>> AreaActionsAsync(DialogContext ctx)
    {
        var areas = await ctx.Get<AreaDirectory>().AllAsync(CancellationToken.None);
        return [.. areas.Take(8).Select(a => new ChatAction(a.ShortName, "area:" + a.Code))];
    }

    private static async Task<SlotAnswer> AcceptAreaAsync(DialogContext ctx, ChatInput input)
    {
        var directory = ctx.Get<AreaDirectory>();
        var wanted = input.Value is { } value && value.StartsWith("area:", StringComparison.Ordinal) ? value[5..] : input.Text;
        var matches = await AreaMatcher.MatchAsync(directory, wanted, CancellationToken.None);
        if (matches.Count == 1)
        {
            ctx.State.Values["_areaName"] = matches[0].Name;
            return SlotAnswer.Ok(matches[0].Code);
        }

        if (matches.Count > 1)
        {
            return SlotAnswer.Retry("Ý bạn là phường, xã nào?", [.. matches.Take(6).Select(a => new ChatAction(a.Name, "area:" + a.Code))]);
        }

        return SlotAnswer.Retry(
            $"Tôi chưa tìm thấy phường, xã “{Echo.Of(wanted, 40)}” trong danh sách. Bạn gõ lại tên phường/xã (ví dụ: Hải Châu) hoặc chọn bên dưới.",
            await AreaActionsAsync(ctx));
    }

    /// <summary>
    /// From this probability the best field is proposed, with the next two as buttons beside it;
    /// below it the citizen picks from all fields. A proposal only saves a tap (the citizen
    /// confirms or picks), so the bar is low: out of fold, routing model v6's best field at
    /// 0.2–0.3 is right 44% of the time, and fifteen buttons help no one more.
    /// </summary>
    private const float ProposeFieldFrom = 0.2f;

    private static async Task<BotMessage> PromptFieldAsync(DialogContext ctx)
    {
        var suggestion = await SuggestAsync(ctx, ctx.State.Get(Content) ?? "");
        var top = suggestion.Fields.Take(3).ToList();
        if (top.Count > 0 && top[0].Probability >= ProposeFieldFrom)
        {
            ctx.State.Values[ProposedField] = top[0].Code;
            List<ChatAction> actions = [new("Đúng", "field:" + top[0].Code)];
            actions.AddRange(top.Skip(1).Select(f => new ChatAction(f.Name, "field:" + f.Code)));
            actions.Add(new("Lĩnh vực khác", "field:?"));
            actions.Add(new("Không rõ", "field:"));
            return new BotMessage($"Theo mô tả, phản ánh của bạn thuộc lĩnh vực “{top[0].Name}”. Đúng không ạ?", actions);
        }

        ctx.State.Values.Remove(ProposedField);
        return await AllFieldsAsync(ctx, "Phản ánh của bạn thuộc lĩnh vực nào? Nếu không chắc, chọn “Không rõ”.");
    }

    private static async Task<BotMessage> AllFieldsAsync(DialogContext ctx, string text)
    {
        var fields = await ctx.Db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync();
        return new BotMessage(text, [.. fields.Select(f => new ChatAction(f.Name, "field:" + f.Code)), new("Không rõ", "field:")]);
    }

    private static async Task<SlotAnswer> AcceptFieldAsync(DialogContext ctx, ChatInput input)
    {
        var values = ctx.State.Values;
        string? code = null;
        if (input.Value is { } value && value.StartsWith("field:", StringComparison.Ordinal))
        {
            code = value[6..];
        }
        else if (Intents.IsYes(input) && values.TryGetValue(ProposedField, out var proposed))
        {
            code = proposed;
        }
        else if (input.Is("khong ro", "khong biet", "khong chac", "bo qua"))
        {
            code = "";
        }
        else if (Intents.IsNo(input) || input.Is("linh vuc khac", "khac"))
        {
            code = "?";
        }

        var fields = await ctx.Db.Fields.AsNoTracking().ToListAsync();
        if (code is null)
        {
            // Typed a field's name: "giao thong", "moi truong".
            code = fields.FirstOrDefault(f => VietnameseText.Fold(f.Name) == input.Folded || f.Code.Equals(input.Text, StringComparison.OrdinalIgnoreCase))?.Code
                ?? fields.FirstOrDefault(f => input.Folded.Length >= 4 && VietnameseText.Fold(f.Name).Contains(input.Folded, StringComparison.Ordinal))?.Code;
        }

        if (code == "?" || code is null)
        {
            var message = await AllFieldsAsync(ctx, "Bạn chọn lĩnh vực phù hợp, hoặc “Không rõ” để cán bộ xác định giúp:");
            return new SlotAnswer(false, null, message);
        }

        if (code.Length == 0)
        {
            return SlotAnswer.Ok("");
        }

        var field = fields.FirstOrDefault(f => f.Code == code);
        if (field is null)
        {
            return new SlotAnswer(false, null, await AllFieldsAsync(ctx, "Lĩnh vực này không có trong danh sách. Bạn chọn lại giúp tôi:"));
        }

        values["_fieldName"] = field.Name;
        return SlotAnswer.Ok(field.Code);
    }

    private static SlotAnswer AcceptName(ChatInput input)
    {
        if (input.Choice == VietnameseText.Fold(AnonymousValue) || input.Is("an danh", "khong muon neu ten", "giau ten", "khong neu", "bo qua"))
        {
            return SlotAnswer.Ok("");
        }

        var name = input.Text;
        if (name.Length is < 2 or > FeedbackLimits.NameMaxLength || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8
            || !name.All(c => char.IsLetter(c) || c is ' ' or '.' or '\'' or '-'))
        {
            return SlotAnswer.Retry("Họ tên chỉ gồm chữ cái (ví dụ: Nguyễn Văn An). Nếu không muốn nêu tên, chọn “Không nêu tên”.", [new("Không nêu tên", AnonymousValue)]);
        }

        return SlotAnswer.Ok(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static SlotAnswer AcceptEmail(ChatInput input)
    {
        if (Intents.IsSkip(input))
        {
            return SlotAnswer.Ok("");
        }

        var email = input.Text.Trim();
        return email.Length <= FeedbackLimits.EmailMaxLength && MailAddress.TryCreate(email, out var address)
            && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal)
            ? SlotAnswer.Ok(email.ToLowerInvariant())
            : SlotAnswer.Retry("Email chưa đúng (ví dụ: ten@gmail.com). Nếu không có email, chọn “Bỏ qua”.", [Skip]);
    }

    private static SlotAnswer AcceptOptionalText(ChatInput input, int maxLength, string label)
    {
        if (Intents.IsSkip(input))
        {
            return SlotAnswer.Ok("");
        }

        return input.Text.Length > maxLength
            ? SlotAnswer.Retry($"{label} quá dài: tối đa {maxLength} ký tự.")
            : SlotAnswer.Ok(input.Text);
    }

    private static Task<BotMessage> SummaryAsync(DialogContext ctx)
    {
        var facts = new List<KeyValuePair<string, string>>();
        foreach (var slot in Definition.Slots)
        {
            if (slot.Display is { } display && ctx.State.Get(slot.Name) is { } value && display(ctx, value) is { } shown)
            {
                facts.Add(new(slot.Label, shown));
            }
            else if (slot.Name == Phone && ctx.State.Get(Phone) is { } phone)
            {
                facts.Add(new(slot.Label, phone));
            }
        }

        if (ctx.State.Files.Count > 0)
        {
            facts.Add(new("Tệp đính kèm", string.Join(", ", ctx.State.Files.Select(f => f.FileName))));
        }

        var card = new BotCard("Xem lại phản ánh trước khi gửi", facts, ConfirmActions);
        // The facts are in the card; channels without cards (Zalo) list them from it.
        return Task.FromResult(new BotMessage("Bạn xem lại thông tin dưới đây. Nếu đúng, chọn “Gửi phản ánh”; muốn thay đổi, chọn “Sửa thông tin”.", ConfirmActions, card));
    }

    private static async Task FileAsync(DialogContext ctx)
    {
        var state = ctx.State;
        var values = state.Values;
        string? Value(string key) => values.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
        double? Coordinate(string key) => Value(key) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;

        var result = await ctx.Get<FeedbackIntake>().SubmitAsync(new SubmitFeedback
        {
            Content = Value(Content),
            Area = Value(Area),
            Address = Value(Address),
            Latitude = Coordinate(Latitude),
            Longitude = Coordinate(Longitude),
            FieldCode = Value(Field),
            Contact = new SubmittedContact { Name = Value(Name), Phone = Value(Phone), Email = Value(Email), Consent = true },
            Channel = ctx.Channel == ChatChannel.Zalo ? Channel.Zalo : Channel.WebChat,
            ReplyAddress = ctx.ReplyAddress,
            Actor = Actors.Citizen,
        }, CancellationToken.None);

        if (!result.Succeeded)
        {
            values.Remove(Confirm);
            ctx.Say("Phản ánh chưa gửi được: " + string.Join(" ", result.Errors.Values.SelectMany(e => e)) + " Bạn chọn “Sửa thông tin” để điều chỉnh nhé.", ConfirmActions);
            return;
        }

        if (state.Files.Count > 0)
        {
            var item = await ctx.Db.Feedback.SingleAsync(f => f.Id == result.FeedbackId);
            foreach (var file in state.Files)
            {
                item.AddAttachment(new Core.Feedback.Attachment
                {
                    FileName = file.FileName,
                    ContentType = file.ContentType,
                    SizeBytes = file.SizeBytes,
                    StorageKey = file.StorageKey,
                    AddedAt = ctx.Now,
                });
            }

            await ctx.Db.SaveChangesAsync();
            state.Files.Clear();
        }

        var code = result.TrackingCode!;
        state.Reset();
        state.LastFiledCode = code;
        var link = StatusReplies.TrackingLink(ctx, code);
        ctx.Say(new BotMessage(
            $"Đã gửi phản ánh thành công. Mã phản ánh của bạn: {code}.\n"
            + "Cơ quan có thẩm quyền sẽ phản hồi trong vòng 24 giờ; kết quả xử lý sẽ được báo cho bạn tại đây. "
            + $"Bạn có thể tra cứu bất cứ lúc nào bằng cách nhắn “tra cứu {code}”.",
            [new("Tra cứu", "tra cứu " + code), new("Gửi phản ánh khác", Replies.FileValue)],
            new BotCard($"Phản ánh {code}", [new("Mã tra cứu", code), new("Phản hồi", "trong vòng 24 giờ")], null, link)));
    }

    /// <summary>Drops the form and the files stored for it.</summary>
    public static void CancelForm(DialogContext ctx)
    {
        var store = ctx.Get<AttachmentStore>();
        foreach (var file in ctx.State.Files)
        {
            store.Delete(file.StorageKey);
        }

        var last = ctx.State.LastFiledCode;
        ctx.State.Reset();
        ctx.State.LastFiledCode = last;
    }

    public static string TooLong(int length) =>
        $"Tin nhắn quá dài ({length.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự): mỗi phản ánh tối đa {FeedbackLimits.ContentMaxLength.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự. "
        + "Bạn tóm tắt lại hoặc gửi phần chi tiết dưới dạng tệp đính kèm nhé.";
}
