using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>One real host for every administration test class: they run one after another, so each leaves data the others ignore.</summary>
[CollectionDefinition(Name)]
public sealed class AdministrationHost : ICollectionFixture<PaknWebFactory>
{
    public const string Name = "administration";

    public static async Task<T> RunAsync<TService, T>(PaknWebFactory factory, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<StaffScope> AdministratorAsync(PaknWebFactory factory) => StaffSession.ScopeAsync(factory, "quantri");
}
