using System.Diagnostics;

namespace Pakn.Host.Tests;

/// <summary>A misspelt role stops the host before it serves anything.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Should_fail_fast_naming_the_role_when_roles_contain_an_unknown_one()
    {
        await using var factory = PaknWebFactory.With(new Dictionary<string, string?> { ["Pakn:Roles"] = "web,routnig" });
        var clock = Stopwatch.StartNew();

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"start-up took {clock.Elapsed} to fail");
        var messages = Flatten(error).Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("'routnig'", StringComparison.Ordinal) && m.Contains("Pakn:Roles", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
