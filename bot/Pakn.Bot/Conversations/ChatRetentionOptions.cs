namespace Pakn.Bot.Conversations;

/// <summary>
/// The "Pakn:Bot:Retention" settings: how long chat data is kept. What the citizen filed (the
/// item, its text and attachments) is the item's, and is not touched by any of these.
/// </summary>
public sealed class ChatRetentionOptions
{
    public const string Section = "Pakn:Bot:Retention";

    /// <summary>Conversation state and Direct Line transcripts (with their uploaded copies), counted from the last message.</summary>
    public TimeSpan TranscriptAge { get; set; } = TimeSpan.FromDays(180);

    /// <summary>A form left half-filled (names, phones, pending files), counted from the last message.</summary>
    public TimeSpan AbandonedFormAge { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Rows per statement: a purge never holds the database for long.</summary>
    public int BatchSize { get; set; } = 200;
}
