namespace Pakn.Host.Simulation;

/// <summary>
/// Simulated time: what every service reads as "now" is set by the simulation and only moves
/// forward. Timers and delays stay on real time (the base class's), so background loops keep
/// polling while weeks pass in seconds.
/// </summary>
internal sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void AdvanceTo(DateTimeOffset at)
    {
        if (at.UtcTicks > Interlocked.Read(ref _ticks))
        {
            Interlocked.Exchange(ref _ticks, at.UtcTicks);
        }
    }
}
