namespace Pakn.Host.Simulation;

/// <summary>
/// When citizens file: weekdays heavier than weekends, office hours heavier than nights (people
/// write at work and in the evening, hardly at 3 a.m.). Times are drawn per day, in local time.
/// </summary>
internal static class ArrivalPattern
{
    // Monday … Sunday; averages to 1 over a week, so --per-day is the weekly mean.
    private static readonly double[] DayWeights = [1.2, 1.15, 1.15, 1.15, 1.15, 0.7, 0.5];

    // One weight per local hour, 0:00 … 23:00.
    private static readonly double[] HourWeights =
    [
        0.15, 0.1, 0.08, 0.08, 0.1, 0.3, 0.8, 1.6, 2.4, 2.6, 2.5, 1.8,
        1.2, 1.6, 2.3, 2.4, 2.2, 1.6, 1.3, 1.4, 1.4, 1.1, 0.7, 0.35,
    ];

    private static readonly double HourTotal = HourWeights.Sum();

    /// <summary>Submission instants of one local day, in order.</summary>
    public static List<DateTimeOffset> Day(DateOnly date, int perDay, TimeZoneInfo zone, Random random)
    {
        var count = (int)Math.Round(perDay * DayWeights[((int)date.DayOfWeek + 6) % 7]);
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var times = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = random.NextDouble() * HourTotal;
            var hour = 0;
            while (hour < 23 && pick >= HourWeights[hour])
            {
                pick -= HourWeights[hour];
                hour++;
            }

            var local = midnight.AddHours(hour).AddSeconds(random.Next(3600));
            times.Add(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime());
        }

        times.Sort();
        return times;
    }
}
