using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Calendar;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Testing;

namespace Pakn.Core.Tests.Sla;

public sealed class SlaPoliciesTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(SlaFixtures.Received);

    private SlaPolicies Policies(PaknDbContextLease lease) =>
        new(lease.Db, new WorkingCalendars(new StaticOptionsMonitor()), _time);

    [Fact]
    public async Task Should_seed_the_default_and_khan_policies()
    {
        using var lease = new PaknDbContextLease(_database);

        var current = await Policies(lease).CurrentAsync(Ct);

        Assert.Equal([("*|*", 24.0, (double?)null, (int?)null), ("*|Urgent", 24.0, 4.0, null)],
            current.Select(p => (p.Scope, p.FirstResponseHours, p.ResolutionWorkingHours, p.ResolutionWorkingDays)));
        Assert.All(current, p => Assert.Equal((5, 0.75), (p.ForwardWorkingDays, p.WarningShare)));
    }

    [Fact]
    public async Task Should_pick_the_most_specific_current_policy()
    {
        using var lease = new PaknDbContextLease(_database);
        var policies = Policies(lease);
        await policies.SaveNewVersionAsync(new SlaPolicyDraft("DO_THI", null, ResolutionWorkingDays: 7), "admin", Ct);

        Assert.Equal("DO_THI|*", (await policies.CurrentForAsync("DO_THI", Severity.Normal, Ct)).Scope);
        Assert.Equal("*|Urgent", (await policies.CurrentForAsync("Y_TE", Severity.Urgent, Ct)).Scope);
        Assert.Equal("*|*", (await policies.CurrentForAsync("Y_TE", Severity.Complex, Ct)).Scope);
    }

    [Fact]
    public async Task Should_save_an_edit_as_a_new_version_while_running_items_keep_theirs()
    {
        using var lease = new PaknDbContextLease(_database);
        var policies = Policies(lease);
        var item = SlaFixtures.NewItem();
        item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, await policies.NewTermsAsync("DO_THI", Severity.Normal, item.ReceivedAt, Ct), "routing", item.ReceivedAt);
        lease.Db.Feedback.Add(item);
        await lease.Db.SaveChangesAsync(Ct);

        var saved = await policies.SaveNewVersionAsync(new SlaPolicyDraft(null, null, ResolutionWorkingDays: 5, Note: "Rút ngắn thời hạn"), "admin", Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(2, saved.Saved!.Version);
        var history = await policies.HistoryAsync(null, null, Ct);
        Assert.Equal([2, 1], history.Select(p => p.Version));
        Assert.NotNull(history[1].SupersededAt);
        var terms = await policies.TermsForAsync(item, Ct);
        Assert.Equal(SlaPolicy.DefaultId, terms.Policy.Id);
        Assert.Equal(item.ResolutionDueAt, terms.ResolutionDue(item.ReceivedAt));
    }

    [Fact]
    public async Task Should_refuse_a_bad_draft_in_vietnamese_and_save_nothing()
    {
        using var lease = new PaknDbContextLease(_database);
        var policies = Policies(lease);

        var result = await policies.SaveNewVersionAsync(new SlaPolicyDraft("KHONG_CO", null, FirstResponseHours: 0, WarningShare: 1.2), "admin", Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(["FieldCode", "FirstResponseHours", "WarningShare"], result.Errors.Keys.Order());
        Assert.Contains("Lĩnh vực không tồn tại.", result.Errors.Values);
        Assert.Equal(2, await lease.Db.SlaPolicies.CountAsync(Ct));
    }

    public void Dispose() => _database.Dispose();

    private sealed class PaknDbContextLease(SqliteTestDatabase database) : IDisposable
    {
        public Data.PaknDbContext Db { get; } = database.CreateContext();

        public void Dispose() => Db.Dispose();
    }

    private sealed class StaticOptionsMonitor : IOptionsMonitor<WorkingCalendarOptions>
    {
        public WorkingCalendarOptions CurrentValue { get; } = new();

        public WorkingCalendarOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<WorkingCalendarOptions, string?> listener) => null;
    }
}
