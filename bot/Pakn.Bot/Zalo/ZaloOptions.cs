namespace Pakn.Bot.Zalo;

/// <summary>The "Pakn:Zalo" settings of the Official Account; the webhook answers 404 until AppId and OaSecretKey are set.</summary>
public sealed class ZaloOptions
{
    public const string Section = "Pakn:Zalo";

    public string AppId { get; set; } = "";

    /// <summary>The OA secret key that signs webhook events (X-ZEvent-Signature).</summary>
    public string OaSecretKey { get; set; } = "";

    /// <summary>The app secret sent when refreshing the access token.</summary>
    public string AppSecret { get; set; } = "";

    public string AccessToken { get; set; } = "";
    public string RefreshToken { get; set; } = "";

    /// <summary>The OA API (customer-service and transaction messages).</summary>
    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    /// <summary>Where access tokens are refreshed.</summary>
    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Events older (or newer) than this are refused as replays.</summary>
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Free customer-service replies are allowed only this long after the user's last message.</summary>
    public TimeSpan ReplyWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>API error codes meaning the free reply window has closed (or the user cannot be reached that way).</summary>
    public List<int> WindowClosedErrors { get; set; } = [-213, -230];

    /// <summary>API error codes meaning the access token is no longer valid.</summary>
    public List<int> InvalidTokenErrors { get; set; } = [-216, -124];

    /// <summary>
    /// When the window has closed, send a transaction (template) message with a link to the
    /// tracking page instead. Off: the notification fails and staff see it.
    /// </summary>
    public bool TemplateFallback { get; set; } = true;

    /// <summary>Hosts photos and files may be downloaded from (suffix match): Zalo's CDNs only.</summary>
    public List<string> MediaHosts { get; set; } = ["zdn.vn", "zadn.vn", "zalo.me", "zaloapp.com"];

    public bool IsConfigured => AppId.Length > 0 && OaSecretKey.Length > 0;
}
