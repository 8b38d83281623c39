using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pakn.Core.Hosting;

/// <summary>
/// Writers that meet on the one SQLite file wait in SQLite's own busy handler (it retries within
/// milliseconds) instead of the driver's retry loop, which sleeps 150 ms between attempts: under
/// many concurrent chat turns those sleeps were most of the slowest turns' time.
/// </summary>
internal sealed class SqliteBusyWait : DbConnectionInterceptor
{
    public static SqliteBusyWait Instance { get; } = new();

    private const string Pragma = "PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
