namespace Pakn.Routing.Classification;

/// <summary>
/// "Pakn:Routing:LanguageModel": an OpenAI-compatible chat endpoint (Azure OpenAI, vLLM, Ollama…)
/// asked for a second opinion on items the local model is unsure of. No endpoint, no calls.
/// </summary>
public sealed class LanguageModelOptions
{
    /// <summary>Base address, e.g. http://localhost:11434/v1 for Ollama.</summary>
    public string? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    public string Model { get; set; } = "gpt-4o-mini";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
