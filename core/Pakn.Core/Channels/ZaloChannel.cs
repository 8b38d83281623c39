namespace Pakn.Core.Channels;

/// <summary>
/// The Zalo Official Account's keys and tokens, one row shared by every host process. Zalo's
/// refresh token is single-use: whoever refreshes must store the new pair before anyone else
/// refreshes, so a refresh first takes the lease (<see cref="RefreshLeaseOwner"/> until
/// <see cref="RefreshLeaseUntil"/>) with a conditional update.
/// </summary>
public sealed class ZaloChannel
{
    /// <summary>There is one Official Account: the row's id is always this.</summary>
    public const int SingletonId = 1;

    public const int KeyMaxLength = 128;
    public const int TokenMaxLength = 2048;

    public int Id { get; init; } = SingletonId;

    /// <summary>Empty: the value from configuration (Pakn:Zalo) applies.</summary>
    public string AppId { get; set; } = "";
    public string OaSecretKey { get; set; } = "";
    public string AppSecret { get; set; } = "";

    public string AccessToken { get; set; } = "";
    public string RefreshToken { get; set; } = "";
    public DateTimeOffset? AccessTokenExpiresAt { get; set; }
    public DateTimeOffset? RefreshedAt { get; set; }

    public string? RefreshLeaseOwner { get; set; }
    public DateTimeOffset? RefreshLeaseUntil { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The staff member who last changed the keys (user name), for the audit of a secret change.</summary>
    public string? UpdatedBy { get; set; }
}
