using System.Diagnostics;

namespace Pakn.Host.Simulation;

/// <summary>Wall time per part of the loop, to see where a run spends it (printed before the summary).</summary>
internal sealed class SimulationProfile
{
    private readonly Dictionary<string, TimeSpan> _spent = [];

    public async Task<T> TimeAsync<T>(string part, Func<Task<T>> work)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return await work();
        }
        finally
        {
            _spent[part] = _spent.GetValueOrDefault(part) + watch.Elapsed;
        }
    }

    public Task TimeAsync(string part, Func<Task> work) => TimeAsync(part, async () =>
    {
        await work();
        return true;
    });

    public override string ToString() =>
        string.Join(", ", _spent.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s"));
}
