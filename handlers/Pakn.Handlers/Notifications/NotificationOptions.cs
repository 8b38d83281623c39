namespace Pakn.Handlers.Notifications;

/// <summary>The "Pakn:Notifications" section: how the dispatcher claims, retries and gives up.</summary>
public sealed class NotificationOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 50;

    /// <summary>A claim a dead process left behind expires after this; the row is then tried again.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many attempts a delivery is given up and shown to staff as failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failed attempt; doubled after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The public site, for absolute links in e-mail ("https://pakn.danang.gov.vn").</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public SmtpOptions Smtp { get; set; } = new();

    public TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

/// <summary>The e-mail relay; e-mail goes out only when a host is set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "pakn@localhost";
    public string FromName { get; set; } = "Hệ thống tiếp nhận phản ánh, kiến nghị";
}
