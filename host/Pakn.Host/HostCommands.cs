using Pakn.Core.Seeding;
using Pakn.Host.Simulation;

namespace Pakn.Host;

/// <summary>
/// One-shot commands of the same binary: <c>migrate</c> brings the schema (and, when enabled,
/// the demo data) up to date and exits, for deployments that migrate before starting replicas;
/// <c>eval-routing</c> scores the routing classifier on a labelled file; <c>simulate</c> runs
/// weeks of simulated citizens and staff through the real pipeline on a virtual clock.
/// </summary>
internal static class HostCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(CancellationToken.None);
                await Console.Out.WriteLineAsync("Cơ sở dữ liệu đã được cập nhật (database is up to date).");
                return true;
            case "eval-routing":
                Environment.ExitCode = EvalRoutingCommand.Run(args[1..], new Pakn.Routing.RoutingOptions());
                return true;
            case "simulate":
                Environment.ExitCode = await SimulateCommand.RunAsync(app, args[1..]);
                return true;
            default:
                return false;
        }
    }
}
