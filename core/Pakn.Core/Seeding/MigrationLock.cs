using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Pakn.Core.Seeding;

/// <summary>
/// A session lock held for the whole upgrade and seed. EF Core's own lock on PostgreSQL and SQL
/// Server lives in one migration's transaction, so two replicas upgrading over several migrations
/// could interleave ("column already exists"). SQLite needs none: EF's lock table there spans the run.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private const long PostgresKey = 0x50414B4E; // "PAKN"
    private readonly DatabaseFacade database;
    private readonly string release;

    private MigrationLock(DatabaseFacade database, string release)
    {
        this.database = database;
        this.release = release;
    }

    /// <summary>Opens the context's connection (kept until disposal) and waits for the lock.</summary>
    public static async Task<MigrationLock?> AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.IsSqlite())
        {
            return null;
        }

        await EnsureDatabaseExistsAsync(database, cancellationToken);
        await database.OpenConnectionAsync(cancellationToken);
        database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({PostgresKey})", cancellationToken);
            return new MigrationLock(database, $"SELECT pg_advisory_unlock({PostgresKey})");
        }

        await database.ExecuteSqlRawAsync(
            "EXEC sp_getapplock @Resource = 'pakn-migrations', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
            cancellationToken);
        return new MigrationLock(database, "EXEC sp_releaseapplock @Resource = 'pakn-migrations', @LockOwner = 'Session'");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await database.ExecuteSqlRawAsync(release);
        }
        finally
        {
            // Closing ends the session, which frees the lock even if the release above failed.
            await database.CloseConnectionAsync();
        }
    }

    private static async Task EnsureDatabaseExistsAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var creator = database.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Another replica may have created it first; anything else fails here.
            if (!await creator.ExistsAsync(cancellationToken))
            {
                throw;
            }
        }
    }
}
