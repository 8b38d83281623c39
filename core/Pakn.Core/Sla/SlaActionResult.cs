namespace Pakn.Core.Sla;

/// <summary>How a staff action went: done, or a Vietnamese message saying why nothing changed.</summary>
public sealed record SlaActionResult(bool Succeeded, string? Error = null)
{
    public static SlaActionResult Done { get; } = new(true);

    public static SlaActionResult Refused(string error) => new(false, error);
}
