using Npgsql;
using Xunit;

namespace Pakn.Testing;

/// <summary>
/// The real servers infra/test.sh starts. Without them a test of the distributed path is
/// skipped when run by hand, and fails under the test script (PAKN_REQUIRE_INFRA=1), so CI can
/// never pass by not running it.
/// </summary>
public static class TestInfrastructure
{
    public static string? PostgresBase => Environment.GetEnvironmentVariable("PAKN_TEST_POSTGRES");

    public static string RabbitHost => Environment.GetEnvironmentVariable("PAKN_TEST_RABBITMQ_HOST") ?? "";
    public static string RabbitVirtualHost => Environment.GetEnvironmentVariable("PAKN_TEST_RABBITMQ_VHOST") ?? "/";
    public static string RabbitUser => Environment.GetEnvironmentVariable("PAKN_TEST_RABBITMQ_USER") ?? "guest";
    public static string RabbitPassword => Environment.GetEnvironmentVariable("PAKN_TEST_RABBITMQ_PASSWORD") ?? "guest";

    public static void RequirePostgres() => Require(PostgresBase is not null, "PAKN_TEST_POSTGRES");

    public static void RequireRabbitMq() => Require(RabbitHost.Length > 0, "PAKN_TEST_RABBITMQ_HOST");

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync(string prefix)
    {
        RequirePostgres();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];
        await using (var connection = new NpgsqlConnection(PostgresBase + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return $"{PostgresBase};Database={name};Maximum Pool Size=50";
    }

    private static void Require(bool present, string variable)
    {
        if (present)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("PAKN_REQUIRE_INFRA") == "1")
        {
            Assert.Fail($"{variable} is not set although PAKN_REQUIRE_INFRA=1: infra/test.sh must start the servers.");
        }

        Assert.Skip($"{variable} is not set: run the suite with infra/test.sh to start RabbitMQ and PostgreSQL.");
    }
}
