using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pakn.Host.Simulation;

/// <summary>
/// The simulation's SQLite file is deleted when the run ends, so no commit needs to reach the
/// disk (synchronous=OFF); and writers that meet wait in SQLite's own fine-grained busy handler
/// instead of the driver's coarse retry sleep. Queries and transactions are the host's own.
/// </summary>
internal sealed class ThrowAwayDatabase : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=OFF; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
