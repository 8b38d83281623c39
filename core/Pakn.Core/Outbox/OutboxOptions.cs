namespace Pakn.Core.Outbox;

public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 200;

    /// <summary>How often the relay looks for events committed by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a claimed row is reserved; a relay that died frees its rows after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long processed-message marks are kept to recognise redeliveries.</summary>
    public TimeSpan ProcessedRetention { get; set; } = TimeSpan.FromDays(7);
}
