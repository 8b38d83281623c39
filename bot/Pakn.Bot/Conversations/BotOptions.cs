namespace Pakn.Bot.Conversations;

/// <summary>The "Pakn:Bot" settings of the conversation.</summary>
public sealed class BotOptions
{
    public const string Section = "Pakn:Bot";

    /// <summary>How long after the answer a citizen may re-open their item from the chat.</summary>
    public TimeSpan ReopenWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Per file; a larger one is refused with a message and not stored.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxAttachments { get; set; } = 5;

    /// <summary>Photos, PDF and Office documents: what citizens attach in practice.</summary>
    public List<string> AllowedContentTypes { get; set; } =
    [
        "image/jpeg", "image/png", "image/webp", "image/heic", "application/pdf",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];

    /// <summary>Base of the public tracking page link sent with a tracking code, e.g. https://pakn.example.vn.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
