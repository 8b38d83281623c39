using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Bot.Zalo;
using Pakn.Core.Channels;
using Pakn.Core.Data;
using Pakn.Core.Hosting;

namespace Pakn.Bot.Tests;

/// <summary>
/// Zalo's refresh token works once. Two host processes (here two containers over one SQLite
/// file) that find the access token refused at the same moment must refresh it once between
/// them, and the new pair must outlive the process that got it.
/// </summary>
public sealed class ZaloTokenRefreshTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"pakn-zalo-tokens-{Guid.NewGuid():N}.db");
    private readonly List<ServiceProvider> _processes = [];
    private FakeZaloServer _zalo = null!;

    private string ConnectionString => $"Data Source={_file};Default Timeout=10";

    public async ValueTask InitializeAsync()
    {
        _zalo = await FakeZaloServer.StartAsync();
        await using var db = Context();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    [Fact]
    public async Task Should_refresh_once_when_two_processes_find_the_token_refused_at_once()
    {
        var first = Process();
        var second = Process();
        _zalo.ValidToken = "rotated-elsewhere"; // token-1 is refused from now on

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).RefreshAsync("token-1", TestContext.Current.CancellationToken))));

        Assert.All(tokens, t => Assert.Equal("token-2", t));
        Assert.Equal(["refresh-1"], _zalo.Refreshes.ToArray());
        await using var db = Context();
        var row = await db.ZaloChannel.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("token-2", "refresh-2"), (row.AccessToken, row.RefreshToken));
        Assert.True(row.AccessTokenExpiresAt > DateTimeOffset.UtcNow.AddHours(24));
        Assert.Null(row.RefreshLeaseOwner);
    }

    [Fact]
    public async Task Should_use_the_stored_pair_after_a_restart_instead_of_the_configured_one()
    {
        _zalo.ValidToken = "rotated-elsewhere";
        Assert.Equal("token-2", await Process().RefreshAsync("token-1", TestContext.Current.CancellationToken));

        var restarted = Process();

        Assert.Equal("token-2", await restarted.CurrentAsync(TestContext.Current.CancellationToken));
        Assert.Equal("refresh-2", (await restarted.SettingsAsync(TestContext.Current.CancellationToken)).RefreshToken);
    }

    [Fact]
    public async Task Should_refresh_before_sending_when_the_stored_token_is_about_to_expire()
    {
        await using (var db = Context())
        {
            db.ZaloChannel.Add(new ZaloChannel
            {
                AccessToken = "token-1",
                RefreshToken = "refresh-1",
                AccessTokenExpiresAt = DateTimeOffset.UtcNow.AddMinutes(2),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal("token-2", await Process().CurrentAsync(TestContext.Current.CancellationToken));
        Assert.Single(_zalo.Refreshes);
    }

    [Fact]
    public async Task Should_keep_the_token_and_free_the_lease_when_zalo_refuses_the_refresh()
    {
        _zalo.RefreshToken = "refresh-9"; // ours was spent elsewhere
        var process = Process();

        Assert.Equal("token-1", await process.RefreshAsync("token-1", TestContext.Current.CancellationToken));

        await using var db = Context();
        var row = await db.ZaloChannel.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Null(row.RefreshLeaseOwner);
        Assert.Equal("", row.AccessToken);
    }

    private PaknDbContext Context()
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(DatabaseProvider.Sqlite, ConnectionString);
        return new PaknDbContext(options.Options);
    }

    /// <summary>One host process's Zalo token service: its own container, the shared database and configuration.</summary>
    private ZaloTokens Process()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pakn:Zalo:AppId"] = "app",
            ["Pakn:Zalo:OaSecretKey"] = "oa-secret",
            ["Pakn:Zalo:AppSecret"] = "app-secret",
            ["Pakn:Zalo:AccessToken"] = "token-1",
            ["Pakn:Zalo:RefreshToken"] = "refresh-1",
            ["Pakn:Zalo:OAuthBaseUrl"] = _zalo.BaseUrl,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.Sqlite, ConnectionString));
        services.Configure<ZaloOptions>(configuration.GetSection(ZaloOptions.Section));
        services.AddHttpClient(nameof(ZaloTokens));
        services.AddSingleton<ZaloTokens>();
        var provider = services.BuildServiceProvider();
        _processes.Add(provider);
        return provider.GetRequiredService<ZaloTokens>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await _zalo.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
