namespace Pakn.Core.Sla;

/// <summary>The saved version, or why nothing was saved (Vietnamese messages per property).</summary>
public sealed record SlaPolicySaveResult(SlaPolicy? Saved, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Saved is not null;
}
