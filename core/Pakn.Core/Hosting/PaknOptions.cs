using Pakn.Core.Outbox;

namespace Pakn.Core.Hosting;

/// <summary>The "Pakn" configuration section (appsettings or Pakn__* environment variables).</summary>
public sealed class PaknOptions
{
    public const string Section = "Pakn";

    /// <summary>Where the embedded SQLite file and stored attachments live.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Which parts this process runs: any of web, routing, handlers (comma-separated).</summary>
    public string Roles { get; set; } = "web,routing,handlers";

    /// <summary>Load the demo province on first start, when the database has no units yet.</summary>
    public bool DemoData { get; set; } = true;

    public DatabaseOptions Database { get; set; } = new();
    public BusOptions Bus { get; set; } = new();
    public OutboxOptions Outbox { get; set; } = new();
    public IntakeOptions Intake { get; set; } = new();
}

public sealed class IntakeOptions
{
    /// <summary>
    /// An item still "received" this long after routing was asked is asked again: its event may
    /// have died with a stopped process (the in-memory bus keeps nothing).
    /// </summary>
    public TimeSpan RecoverAfter { get; set; } = TimeSpan.FromMinutes(2);
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the host starts (the `migrate` command does it alone).</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum BusTransport
{
    InMemory,
    RabbitMq,
}

public sealed class BusOptions
{
    public BusTransport Transport { get; set; } = BusTransport.InMemory;
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Messages one process handles at once per endpoint.</summary>
    public int ConcurrentMessageLimit { get; set; } = 16;
}
