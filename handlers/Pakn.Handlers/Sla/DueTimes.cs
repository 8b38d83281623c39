namespace Pakn.Handlers.Sla;

/// <summary>
/// The skeleton's clocks: first response 24 hours on the wall clock from receipt (the plans'
/// promise), resolution the field's number of days from receipt. Counting only working days
/// (weekends, Vietnamese holidays) replaces the second rule when the calendar lands.
/// </summary>
public static class DueTimes
{
    public static readonly TimeSpan FirstResponse = TimeSpan.FromHours(24);

    public static (DateTimeOffset FirstResponse, DateTimeOffset Resolution) For(DateTimeOffset receivedAt, int resolutionDays) =>
        (receivedAt + FirstResponse, receivedAt.AddDays(Math.Max(1, resolutionDays)));
}
