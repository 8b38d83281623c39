using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Core.Outbox;
using Pakn.Core.Seeding;

namespace Pakn.Testing;

/// <summary>
/// A private in-memory SQLite database, migrated with the real SQLite migrations and loaded
/// with the demo province; it lives as long as this object keeps its connection open.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqliteTestDatabase(bool seed = true)
    {
        _connection = new SqliteConnection($"Data Source=file:pakn-{Guid.NewGuid():N}?mode=memory&cache=shared");
        _connection.Open();
        ConnectionString = _connection.ConnectionString;
        using var db = CreateContext();
        db.Database.Migrate();
        if (seed)
        {
            Seed(db);
        }
    }

    public string ConnectionString { get; }

    public PaknDbContext CreateContext(OutboxSignal? signal = null) => new(Options(), signal);

    /// <summary>A container with this database as the scoped PaknDbContext, as the host registers it.</summary>
    public ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, ConnectionString));
        return services.BuildServiceProvider();
    }

    public DbContextOptions<PaknDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<PaknDbContext>();
        builder.UsePaknDatabase(DatabaseProvider.Sqlite, ConnectionString);
        return builder.Options;
    }

    public static void Seed(PaknDbContext db)
    {
        db.Units.AddRange(DemoData.Units());
        db.Areas.AddRange(DemoData.Areas());
        db.Fields.AddRange(DemoData.Fields());
        db.RoutingRules.AddRange(DemoData.RoutingRules());
        db.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();
}
