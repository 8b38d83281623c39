namespace Pakn.Bot.Open311;

/// <summary>
/// Pakn:Open311 — keys from configuration that may create requests, besides those administrators
/// make in the admin UI (stored hashed in the ApiKeys table).
/// </summary>
public sealed class Open311Options
{
    public List<string> ApiKeys { get; set; } = [];
}
