using Microsoft.Extensions.DependencyInjection;

namespace Pakn.Core.Data;

/// <summary>
/// Reference data (areas, fields, units, the routing table) read once and kept for a while:
/// intake and routing do not read those tables for every message, and administrators' edits
/// still take effect within <c>lifetime</c>, without a restart.
/// </summary>
public sealed class ReferenceSnapshot<T>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    TimeSpan lifetime,
    Func<PaknDbContext, DateTimeOffset, CancellationToken, Task<T>> load)
    where T : class
{
    private volatile Entry? _entry;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        var current = _entry;
        var now = time.GetUtcNow();
        if (current is not null && now - current.LoadedAt < lifetime)
        {
            return current.Value;
        }

        await using var scope = scopes.CreateAsyncScope();
        var value = await load(scope.ServiceProvider.GetRequiredService<PaknDbContext>(), now, cancellationToken);
        _entry = new Entry(value, now);
        return value;
    }

    private sealed record Entry(T Value, DateTimeOffset LoadedAt);
}
