using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Pakn.Testing;

namespace Pakn.Browser.Tests;

/// <summary>
/// The real host, as composed for production (real conversation engine, SQLite, in-memory bus),
/// listening on a free loopback port so a real browser can reach it.
/// </summary>
public sealed class ChatHost : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"pakn-browser-{Guid.NewGuid():N}");

    public ChatHost()
    {
        SharedRoutingModel.GetAsync().GetAwaiter().GetResult();
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        UseKestrel();
        StartServer();
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Urls"] = BaseUrl,
            ["Pakn:DataDirectory"] = _dataDirectory,
            ["ConnectionStrings:Pakn"] = "",
            ["Pakn:Database:Provider"] = "Sqlite",
            ["Pakn:Bus:Transport"] = "InMemory",
            ["Pakn:Roles"] = "web,routing,handlers",
            ["Pakn:DemoData"] = "true",
            ["Pakn:Routing:ModelDirectory"] = SharedRoutingModel.Directory,
        })
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind must not fail the run.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
