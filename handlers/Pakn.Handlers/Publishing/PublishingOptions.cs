namespace Pakn.Handlers.Publishing;

/// <summary>The "Pakn:Publishing" section.</summary>
public sealed class PublishingOptions
{
    /// <summary>An answered item goes public this long after its answer unless a moderator acted first.</summary>
    public TimeSpan AutoPublishAfter { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Off leaves publishing to moderators only.</summary>
    public bool AutoPublish { get; set; } = true;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public int BatchSize { get; set; } = 100;
}
