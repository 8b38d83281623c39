namespace Pakn.Bot.Conversations;

/// <summary>
/// What the engine remembers between turns, stored as JSON in the conversation record: the form
/// in progress, its answers, the order they were given (for "quay lại") and files received.
/// </summary>
public sealed class DialogState
{
    /// <summary>The form in progress (<see cref="FormNames"/>), or null when idle.</summary>
    public string? Form { get; set; }

    /// <summary>The slot whose answer is awaited.</summary>
    public string? Slot { get; set; }

    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>Slots answered, in order: "quay lại" pops the last one.</summary>
    public List<string> History { get; set; } = [];

    /// <summary>Set while changing one answer: after it, go straight back to the summary.</summary>
    public bool Editing { get; set; }

    public List<PendingFile> Files { get; set; } = [];

    /// <summary>The item a follow-up form (add information, re-open, rate) is about.</summary>
    public string? TrackingCode { get; set; }

    /// <summary>The last item filed in this conversation, so "tra cứu" alone finds it.</summary>
    public string? LastFiledCode { get; set; }

    /// <summary>Wrong answers in a row to the current slot: after a few, offer help.</summary>
    public int Misses { get; set; }

    public string? Get(string slot) => Values.GetValueOrDefault(slot);

    public void Reset()
    {
        Form = null;
        Slot = null;
        Values.Clear();
        History.Clear();
        Editing = false;
        Files.Clear();
        TrackingCode = null;
        Misses = 0;
    }
}

/// <summary>A file stored while the form is open; becomes an Attachment when the item is filed.</summary>
public sealed record PendingFile(string FileName, string ContentType, long SizeBytes, string StorageKey);

public static class FormNames
{
    public const string Filing = "filing";
    public const string Lookup = "lookup";
    public const string Information = "information";
    public const string Reopen = "reopen";
    public const string Rating = "rating";
}
