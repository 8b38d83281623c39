using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pakn.Core.Data;

namespace Pakn.Core.Hosting;

public static class DatabaseExtensions
{
    /// <summary>Each provider keeps its migrations in its own assembly (infra/migrations).</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => $"Pakn.Migrations.{provider}";

    public static string ConnectionString(IConfiguration configuration, PaknOptions options, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Pakn");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return options.Database.Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(DataDirectory(options, contentRoot), "pakn.db")}"
            : throw new InvalidOperationException(
                $"ConnectionStrings:Pakn is required for the {options.Database.Provider} provider.");
    }

    /// <summary>A relative data folder is taken from the content root, wherever the process was started.</summary>
    public static string DataDirectory(PaknOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));

    public static DbContextOptionsBuilder UsePaknDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        var migrations = MigrationsAssembly(provider);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)).AddInterceptors(SqliteBusyWait.Instance),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o =>
                o.MigrationsAssembly(migrations).EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }
}
