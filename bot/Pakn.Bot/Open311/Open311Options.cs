namespace Pakn.Bot.Open311;

/// <summary>Pakn:Open311 — the API keys that may create requests (admin UI manages them later).</summary>
public sealed class Open311Options
{
    public List<string> ApiKeys { get; set; } = [];
}
