using Microsoft.Extensions.DependencyInjection;

namespace Pakn.AdminUi.Access;

public static class ScopeExtensions
{
    /// <summary>
    /// One service scope (and so one DbContext) per operation: a Blazor circuit lives for the
    /// whole visit, and a context shared across its events would grow stale and race.
    /// </summary>
    public static async Task<TResult> InScopeAsync<TService, TResult>(this IServiceScopeFactory scopes, Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
