using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pakn.Bot.Conversations;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Intake;
using Pakn.Routing.Classification;
using Pakn.Testing;

namespace Pakn.Bot.Tests;

/// <summary>
/// The conversation engine as the host composes it (real SQLite database with migrations and the
/// demo province, real intake, the real routing classifier), driven turn by turn like a chat
/// client. <see cref="Restart"/> builds a new engine over the same database, as a host restart does.
/// </summary>
public sealed class ChatHarness : IDisposable
{
    // Loaded once per test process: a model is not conversation state, so a "restart" may share it.
    private static readonly FieldClassifierProvider Classifiers = SharedRoutingModel.Provider();
    private readonly List<ServiceProvider> _providers = [];
    private int _turn;

    public ChatHarness()
        : this(DatabaseProvider.Sqlite, null)
    {
    }

    private ChatHarness(DatabaseProvider provider, string? connectionString, Action<IServiceCollection>? configure = null)
    {
        _configure = configure;
        ConversationId = Guid.NewGuid().ToString("N");
        DataDirectory = Path.Combine(Path.GetTempPath(), $"pakn-bot-tests-{Guid.NewGuid():N}");
        Provider = provider;
        if (connectionString is null)
        {
            _sqlite = new SqliteTestDatabase();
            connectionString = _sqlite.ConnectionString;
        }

        ConnectionString = connectionString;
        SharedRoutingModel.GetAsync().GetAwaiter().GetResult();
        Restart();
    }

    private readonly SqliteTestDatabase? _sqlite;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The same conversation on a fresh PostgreSQL database (infra/test.sh starts the server).</summary>
    public static async Task<ChatHarness> OnPostgresAsync()
    {
        var connectionString = await TestInfrastructure.CreatePostgresDatabaseAsync("pakn_bot");
        var chat = new ChatHarness(DatabaseProvider.PostgreSql, connectionString);
        await using var db = chat.CreateContext();
        await db.Database.MigrateAsync();
        SqliteTestDatabase.Seed(db);
        return chat;
    }

    /// <summary>
    /// A SQLite file in write-ahead mode, as the host runs it: unlike a shared in-memory
    /// database it has one writer lock that writers wait on (here at most a few seconds).
    /// </summary>
    public static async Task<ChatHarness> OnSqliteFileAsync(Action<IServiceCollection>? configure = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pakn-bot-{Guid.NewGuid():N}.db");
        var chat = new ChatHarness(DatabaseProvider.Sqlite, $"Data Source={file};Default Timeout=5", configure) { _file = file };
        await using var db = chat.CreateContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        SqliteTestDatabase.Seed(db);
        return chat;
    }

    private string? _file;
    private readonly Action<IServiceCollection>? _configure;

    public PaknDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(Provider, ConnectionString);
        return new PaknDbContext(options.Options);
    }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    public string DataDirectory { get; }
    public ChatChannel Channel { get; } = ChatChannel.DirectLine;
    public string ConversationId { get; set; }
    public string UserId { get; set; } = "user-1";
    public Dictionary<string, string?> Settings { get; } = [];
    public IConversationEngine Engine { get; private set; } = null!;
    public IServiceProvider Services { get; private set; } = null!;

    /// <summary>A new container and engine over the same database and files: nothing in memory survives.</summary>
    public void Restart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.Configure<PaknOptions>(o => o.DataDirectory = DataDirectory);
        services.AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(Provider, ConnectionString));
        services.AddSingleton<AreaDirectory>();
        services.AddScoped<FeedbackIntake>();
        services.AddSingleton(Classifiers);
        services.AddSingleton<IFieldSuggester, FieldSuggester>();
        services.AddPaknConversations(configuration);
        _configure?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        _providers.Add(provider);
        Services = provider;
        Engine = provider.GetRequiredService<IConversationEngine>();
    }

    public async Task<IReadOnlyList<BotMessage>> StartAsync() =>
        await Engine.StartAsync(Channel, ConversationId, UserId, TestContext.Current.CancellationToken);

    public Task<IReadOnlyList<BotMessage>> SendAsync(string? text, string? value = null, IReadOnlyList<ChatUpload>? uploads = null, ChatLocation? location = null, string? turnId = null) =>
        Engine.HandleAsync(
            new ChatTurn(Channel, ConversationId, UserId, turnId ?? $"t{Interlocked.Increment(ref _turn)}", Time.GetUtcNow(), text, value, uploads, location),
            TestContext.Current.CancellationToken);

    /// <summary>Presses the quick reply whose title is given, as Web Chat does.</summary>
    public Task<IReadOnlyList<BotMessage>> PressAsync(IReadOnlyList<BotMessage> replies, string title)
    {
        var action = replies.SelectMany(r => (r.Actions ?? []).Concat(r.Card?.Actions ?? [])).First(a => a.Title == title);
        return SendAsync(action.Title, action.Value);
    }

    /// <summary>Goes through a whole filing with plain answers; returns the final replies.</summary>
    public async Task<IReadOnlyList<BotMessage>> FileAsync(string content = "Đèn đường kiệt 45 Nguyễn Văn Linh hỏng cả tuần nay, tối đi lại rất nguy hiểm")
    {
        await SendAsync("gửi phản ánh");
        await SendAsync(content);
        await SendAsync("Hải Châu");
        await SendAsync("bỏ qua");
        await SendAsync("đúng");
        await SendAsync("Nguyễn Văn An");
        await SendAsync("0905 123 456");
        await SendAsync("bỏ qua");
        return await SendAsync("gửi");
    }

    public async Task<T> QueryAsync<T>(Func<PaknDbContext, Task<T>> query)
    {
        await using var db = CreateContext();
        return await query(db);
    }

    public Task<List<FeedbackItem>> ItemsAsync() =>
        QueryAsync(db => db.Feedback.Include(f => f.Attachments).ToListAsync());

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        _sqlite?.Dispose();
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

public static class BotMessageText
{
    /// <summary>Everything the citizen would read, messages and cards, as one string.</summary>
    public static string Text(this IReadOnlyList<BotMessage> messages) => string.Join("\n", messages.Select(m =>
        m.Text + (m.Card is { } card ? "\n" + card.Title + "\n" + string.Join("\n", card.Facts.Select(f => $"{f.Key}: {f.Value}")) : "")));

    public static IReadOnlyList<string> Titles(this IReadOnlyList<BotMessage> messages) =>
        [.. messages.SelectMany(m => (m.Actions ?? []).Concat(m.Card?.Actions ?? [])).Select(a => a.Title).Distinct()];
}
