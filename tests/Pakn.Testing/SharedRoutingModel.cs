using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;
using Pakn.Routing;
using Pakn.Routing.Classification;

namespace Pakn.Testing;

/// <summary>
/// Trains the routing classifier once per test process and caches it in a folder every test
/// host points at (Pakn:Routing:ModelDirectory), so a hundred test hosts do not each spend
/// seconds training the same model. The cache key is the corpus fingerprint, as in production.
/// </summary>
public static class SharedRoutingModel
{
    public static readonly string Directory = Path.Combine(Path.GetTempPath(), "pakn-test-models");

    private static readonly Lazy<Task<FieldClassifier>> Model = new(() => Provider().GetAsync(CancellationToken.None));

    public static Task<FieldClassifier> GetAsync() => Model.Value;

    public static FieldClassifierProvider Provider() => new(
        Options.Create(new PaknOptions { DataDirectory = Directory }),
        Options.Create(new RoutingOptions { ModelDirectory = Directory }),
        NullLogger<FieldClassifierProvider>.Instance);
}
