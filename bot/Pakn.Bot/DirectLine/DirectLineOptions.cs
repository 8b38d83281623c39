namespace Pakn.Bot.DirectLine;

/// <summary>The "Pakn:DirectLine" section.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "Pakn:DirectLine";

    /// <summary>
    /// The Direct Line secret: server-side callers use it as a bearer token, and tokens are signed
    /// with a key derived from it. Empty: one is generated and kept in the data folder (set it
    /// explicitly when several host processes share one database).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a conversation token lives; clients refresh it halfway (directlinejs: every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an open WebSocket looks for activities written by another process.</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest file accepted in one upload.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxUploadFiles { get; set; } = 5;

    /// <summary>Web pages allowed to call Direct Line from another origin (the commune portal); empty: any.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Web chat tokens handed out per client address and minute.</summary>
    public int TokensPerMinute { get; set; } = 20;
}
