namespace Pakn.Core.Intake;

/// <summary>Either the stored item's tracking code, or the Vietnamese reasons nothing was stored.</summary>
public sealed record IntakeResult(Guid? FeedbackId, string? TrackingCode, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => TrackingCode is not null;

    public static IntakeResult Stored(Guid id, string trackingCode) =>
        new(id, trackingCode, new Dictionary<string, string[]>());

    public static IntakeResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, null, errors);
}
