using System.Globalization;
using Microsoft.Extensions.Options;
using Pakn.Core.Attachments;
using Pakn.Core.Feedback;

namespace Pakn.Bot.Conversations;

/// <summary>
/// One turn of the conversation: bad input is answered and changes nothing; commands and
/// questions asked in passing interrupt without losing the form; anything else answers the
/// current question of the form, or starts one.
/// </summary>
public static class Dialog
{
    public static IReadOnlyList<FormDefinition> Forms { get; } =
        [FilingForm.Definition, FollowUpForms.Lookup, FollowUpForms.Information, FollowUpForms.Reopen, FollowUpForms.Rating];

    public static async Task StartAsync(DialogContext ctx)
    {
        if (FormOf(ctx) is { } form)
        {
            ctx.Say(Replies.Resume);
            await PromptAsync(ctx, form);
            return;
        }

        ctx.Say(Replies.Greeting, Replies.Menu);
    }

    public static async Task HandleAsync(DialogContext ctx, ChatTurn turn)
    {
        var input = ChatInput.From(turn.Text, turn.Value);
        var form = FormOf(ctx);
        if (input.Text.Length > FeedbackLimits.ContentMaxLength)
        {
            ctx.Say(FilingForm.TooLong(input.Text.Length));
            return;
        }

        if (input.Text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            ctx.Say(Replies.ControlCharacters);
            return;
        }

        var received = false;
        if (turn.Uploads is { Count: > 0 } uploads)
        {
            await ReceiveFilesAsync(ctx, form, uploads);
            received = true;
        }

        if (turn.Location is { } location)
        {
            received |= ReceiveLocation(ctx, form, location);
        }

        if (input.IsEmpty)
        {
            if (!received)
            {
                ctx.Say(Replies.Empty);
            }

            if (form is not null)
            {
                await PromptAsync(ctx, form);
            }

            return;
        }

        if (input.IsUnreadable)
        {
            ctx.Say(Replies.Unreadable);
            await PromptOrMenuAsync(ctx, form);
            return;
        }

        if (await InterruptAsync(ctx, form, input))
        {
            return;
        }

        if (form is null)
        {
            await IdleAsync(ctx, input);
        }
        else
        {
            await AnswerAsync(ctx, form, input);
        }
    }

    /// <summary>Asks the next unanswered question, or completes the form.</summary>
    public static async Task AdvanceAsync(DialogContext ctx, FormDefinition form)
    {
        if (!await FollowUpForms.CheckItemAsync(ctx, form))
        {
            return;
        }

        var next = Next(ctx, form);
        ctx.State.Slot = next?.Name;
        ctx.State.Misses = 0;
        if (next is null)
        {
            await form.Complete(ctx);
            return;
        }

        ctx.Say(await next.Prompt(ctx));
    }

    private static FormDefinition? FormOf(DialogContext ctx) => Forms.FirstOrDefault(f => f.Name == ctx.State.Form);

    private static FormSlot? Next(DialogContext ctx, FormDefinition form) =>
        form.Slots.FirstOrDefault(s => !ctx.State.Values.ContainsKey(s.Name) && s.Applies(ctx));

    private static async Task PromptAsync(DialogContext ctx, FormDefinition form)
    {
        if (Next(ctx, form) is { } slot)
        {
            ctx.Say(await slot.Prompt(ctx));
        }
    }

    private static async Task PromptOrMenuAsync(DialogContext ctx, FormDefinition? form)
    {
        if (form is null)
        {
            ctx.Say(Replies.Welcome, Replies.Menu);
        }
        else
        {
            await PromptAsync(ctx, form);
        }
    }

    private static async Task<bool> InterruptAsync(DialogContext ctx, FormDefinition? form, ChatInput input)
    {
        if (Intents.IsCancel(input))
        {
            if (form is null)
            {
                ctx.Say(Replies.NothingToCancel, Replies.Menu);
            }
            else
            {
                FilingForm.CancelForm(ctx);
                ctx.Say(Replies.Cancelled, Replies.Menu);
            }

            return true;
        }

        if (Intents.IsHelp(input) || input.Value == Replies.HelpValue)
        {
            var slot = form is null ? null : Next(ctx, form);
            ctx.Say(slot?.Help is { } help ? $"{help}\n{Replies.Help}" : Replies.Help);
            await PromptOrMenuAsync(ctx, form);
            return true;
        }

        if (form is not null && Intents.IsBack(input))
        {
            await BackAsync(ctx, form);
            return true;
        }

        if (form is not null && Intents.IsEdit(input, out var what))
        {
            await EditAsync(ctx, form, what);
            return true;
        }

        var asking = form is null ? null : Next(ctx, form)?.Name;
        // A description may cite an earlier code ("phản ánh PA-… vẫn chưa được giải quyết"): while
        // the content is asked for, only a short message is a look-up.
        var describing = asking == FilingForm.Content && input.Words.Count > 8;
        if (asking != "code" && !describing && Intents.TrackingCodeIn(input.Value ?? input.Text) is { } code)
        {
            if (FollowUpForms.Requested(input) is { } followUp)
            {
                await FollowUpForms.StartAsync(ctx, followUp, code);
                return true;
            }

            await StatusReplies.ShowAsync(ctx, code);
            await ContinueAsync(ctx, form);
            return true;
        }

        if ((asking != FilingForm.Content || input.IsQuestion) && Intents.FrequentQuestion(input) is { } answer)
        {
            ctx.Say(answer);
            await ContinueAsync(ctx, form);
            return true;
        }

        if (Intents.IsGreeting(input))
        {
            if (form is null)
            {
                ctx.Say(Replies.Greeting, Replies.Menu);
            }
            else
            {
                ctx.Say("Chào bạn!");
                await ContinueAsync(ctx, form);
            }

            return true;
        }

        if (Intents.IsThanks(input))
        {
            ctx.Say(Replies.Thanks, form is null ? Replies.Menu : null);
            await ContinueAsync(ctx, form);
            return true;
        }

        if (Intents.IsAbuse(input))
        {
            ctx.Say(Replies.Abuse, form is null ? Replies.Menu : null);
            await ContinueAsync(ctx, form);
            return true;
        }

        return false;
    }

    private static async Task ContinueAsync(DialogContext ctx, FormDefinition? form)
    {
        if (form is not null)
        {
            ctx.Say(Replies.Continue);
            await PromptAsync(ctx, form);
        }
    }

    private static async Task IdleAsync(DialogContext ctx, ChatInput input)
    {
        if (Intents.IsStartFiling(input))
        {
            FilingForm.CancelForm(ctx);
            ctx.State.Form = FormNames.Filing;
            await AdvanceAsync(ctx, FilingForm.Definition);
            return;
        }

        if (Intents.IsLookup(input))
        {
            await FollowUpForms.StartAsync(ctx, FollowUpForms.Lookup, null);
            return;
        }

        if (FollowUpForms.Requested(input) is { } followUp && input.Words.Count <= 4)
        {
            await FollowUpForms.StartAsync(ctx, followUp, null);
            return;
        }

        if (Intents.IsYes(input) || Intents.IsNo(input) || input.Words.Count < 4 || Intents.IsGibberish(input))
        {
            ctx.Say(Replies.NotUnderstood, Replies.Menu);
            return;
        }

        // A description written straight away: file it, starting from what was said.
        ctx.State.Form = FormNames.Filing;
        await AnswerAsync(ctx, FilingForm.Definition, input);
    }

    private static async Task AnswerAsync(DialogContext ctx, FormDefinition form, ChatInput input)
    {
        var slot = Next(ctx, form);
        if (slot is null)
        {
            await AdvanceAsync(ctx, form);
            return;
        }

        var answer = await slot.Accept(ctx, input);
        if (!answer.Accepted)
        {
            if (answer.Reply is { } why)
            {
                ctx.State.Misses++;
                ctx.Say(why);
                if (ctx.State.Misses >= 3)
                {
                    ctx.Say("Nếu cần, bạn nhắn “hướng dẫn” để được trợ giúp, hoặc “hủy” để dừng.");
                }
            }

            return;
        }

        ctx.State.Values[slot.Name] = answer.Value!;
        ctx.State.History.Remove(slot.Name);
        ctx.State.History.Add(slot.Name);
        if (answer.Reply is { } reply)
        {
            ctx.Say(reply);
        }

        await AdvanceAsync(ctx, form);
    }

    private static async Task BackAsync(DialogContext ctx, FormDefinition form)
    {
        var previous = ctx.State.History.LastOrDefault(s => form.Find(s) is { Name: not "code" });
        if (previous is null)
        {
            ctx.Say(Replies.FirstStep);
            await PromptAsync(ctx, form);
            return;
        }

        ctx.State.History.Remove(previous);
        ctx.State.Values.Remove(previous);
        ctx.State.Values.Remove(FilingForm.Confirm);
        await AdvanceAsync(ctx, form);
    }

    private static async Task EditAsync(DialogContext ctx, FormDefinition form, string what)
    {
        var answered = form.Slots.Where(s => ctx.State.Values.ContainsKey(s.Name) && s.Aliases.Length > 0 && s.Name != "code").ToList();
        var slot = what.Length == 0 ? null
            : answered.FirstOrDefault(s => s.Aliases.Contains(what, StringComparer.Ordinal))
              ?? answered.FirstOrDefault(s => s.Aliases.Any(a => what.Contains(a, StringComparison.Ordinal)));
        if (slot is null)
        {
            ctx.Say(
                answered.Count == 0 ? "Bạn chưa trả lời câu nào để sửa." : "Bạn muốn sửa thông tin nào?",
                answered.Count == 0 ? null : [.. answered.Select(s => new ChatAction(s.Label, "sửa " + s.Aliases[0]))]);
            if (answered.Count == 0)
            {
                await PromptAsync(ctx, form);
            }

            return;
        }

        ctx.State.Values.Remove(slot.Name);
        ctx.State.History.Remove(slot.Name);
        ctx.State.Values.Remove(FilingForm.Confirm);
        await AdvanceAsync(ctx, form);
    }

    private static async Task ReceiveFilesAsync(DialogContext ctx, FormDefinition? form, IReadOnlyList<ChatUpload> uploads)
    {
        if (form != FilingForm.Definition && form != FollowUpForms.Information)
        {
            ctx.Say("Để gửi kèm ảnh hay tài liệu, bạn bắt đầu bằng “gửi phản ánh” nhé. Tệp vừa gửi chưa được lưu.", Replies.Menu);
            return;
        }

        var options = ctx.Get<IOptions<BotOptions>>().Value;
        var store = ctx.Get<AttachmentStore>();
        var kept = new List<string>();
        foreach (var upload in uploads)
        {
            if (AttachmentRules.Check(upload, options, ctx.State.Files.Count) is { } refusal)
            {
                ctx.Say(refusal);
                continue;
            }

            var type = upload.ContentType.Split(';')[0].Trim().ToLowerInvariant();
            var key = await store.SaveAsync(upload.Content, AttachmentRules.Extension(type), ctx.Now, CancellationToken.None);
            var name = AttachmentRules.SafeName(upload.FileName);
            ctx.State.Files.Add(new PendingFile(name, type, upload.Content.Length, key));
            kept.Add(name);
        }

        if (kept.Count > 0)
        {
            ctx.Say($"Đã nhận {kept.Count} tệp: {string.Join(", ", kept.Select(n => Echo.Of(n, 60)))}.");
        }
    }

    private static bool ReceiveLocation(DialogContext ctx, FormDefinition? form, ChatLocation location)
    {
        if (form != FilingForm.Definition)
        {
            ctx.Say("Tôi đã nhận vị trí, nhưng chưa có phản ánh nào đang soạn. Bạn nhắn “gửi phản ánh” rồi gửi lại vị trí khi được hỏi địa chỉ nhé.", Replies.Menu);
            return true;
        }

        if (location.Latitude is < -90 or > 90 || location.Longitude is < -180 or > 180 || double.IsNaN(location.Latitude) || double.IsNaN(location.Longitude))
        {
            ctx.Say("Vị trí gửi kèm không hợp lệ, chưa được ghi nhận.");
            return true;
        }

        var values = ctx.State.Values;
        values[FilingForm.Latitude] = location.Latitude.ToString("R", CultureInfo.InvariantCulture);
        values[FilingForm.Longitude] = location.Longitude.ToString("R", CultureInfo.InvariantCulture);
        if (!values.ContainsKey(FilingForm.Address) && (Next(ctx, FilingForm.Definition)?.Name == FilingForm.Address || location.Address is not null))
        {
            var address = ChatInput.From(location.Address, null).Text;
            values[FilingForm.Address] = address.Length <= FeedbackLimits.AddressMaxLength ? address : address[..FeedbackLimits.AddressMaxLength];
            ctx.State.History.Add(FilingForm.Address);
        }

        ctx.Say("Đã ghi nhận vị trí sự việc.");
        return true;
    }
}
