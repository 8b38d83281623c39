using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pakn.Testing;

namespace Pakn.Core.Tests;

/// <summary>
/// SQLite cannot add a foreign key, so a migration that adds one rebuilds the whole table from
/// its own model; generated on a branch that did not know a column added elsewhere, it drops
/// that column. Every column the model maps must exist after all migrations ran.
/// </summary>
public class SqliteSchemaTests
{
    [Fact]
    public void Should_have_every_mapped_column_when_all_sqlite_migrations_ran()
    {
        using var database = new SqliteTestDatabase(seed: false);
        using var db = database.CreateContext();
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();

        var missing = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
        {
            var table = entity.GetTableName()!;
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            var columns = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            missing.AddRange(entity.GetProperties()
                .Select(p => p.GetColumnName(store))
                .Where(c => c is not null && !columns.Contains(c))
                .Select(c => $"{table}.{c}"));
        }

        Assert.Empty(missing);
    }
}
