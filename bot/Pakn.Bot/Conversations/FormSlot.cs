namespace Pakn.Bot.Conversations;

/// <summary>
/// One question of a form: how to ask it, how to read the answer, and when it applies. A new
/// question is one of these added to a form's list.
/// </summary>
public sealed record FormSlot(string Name, string Label, params string[] Aliases)
{
    public required Func<DialogContext, Task<BotMessage>> Prompt { get; init; }

    /// <summary>Reads the answer: a value to keep, or the reason to ask again.</summary>
    public required Func<DialogContext, ChatInput, Task<SlotAnswer>> Accept { get; init; }

    /// <summary>Asked only when this holds (e.g. verify the phone only for another conversation).</summary>
    public Func<DialogContext, bool> Applies { get; init; } = _ => true;

    /// <summary>Said on "hướng dẫn" at this step, before the question again.</summary>
    public string? Help { get; init; }

    /// <summary>Shown in the summary card; null hides the slot there.</summary>
    public Func<DialogContext, string, string?>? Display { get; init; }
}

/// <summary>The outcome of reading one answer.</summary>
public sealed record SlotAnswer(bool Accepted, string? Value, BotMessage? Reply)
{
    public static SlotAnswer Ok(string value, BotMessage? reply = null) => new(true, value, reply);

    public static SlotAnswer Retry(string why, IReadOnlyList<ChatAction>? actions = null) => new(false, null, new BotMessage(why, actions));

    /// <summary>The slot handled the turn itself (said something, changed the form); nothing to store.</summary>
    public static SlotAnswer Handled { get; } = new(false, null, null);
}

/// <summary>A form: its questions in order and what happens when all are answered.</summary>
public sealed record FormDefinition(string Name, IReadOnlyList<FormSlot> Slots, Func<DialogContext, Task> Complete)
{
    public FormSlot? Find(string? name) => Slots.FirstOrDefault(s => s.Name == name);
}
