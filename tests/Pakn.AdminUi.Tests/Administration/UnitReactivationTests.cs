using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pakn.AdminUi.Access;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.Units;
using Pakn.Core.Data;
using Pakn.Core.Reference;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

[Collection(AdministrationHost.Name)]
public sealed class UnitReactivationTests(PaknWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_reactivate_a_deactivated_unit_with_a_new_version_from_now_and_keep_the_stopped_time_as_a_gap()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 2, 0, 0, TimeSpan.Zero));
        var units = new UnitAdministration(new StaffAccess(db, clock), db, clock);
        Assert.True((await units.CreateAsync(admin, new UnitForm { Code = "SO_KHOA_HOC", Name = "Sở Khoa học và Công nghệ" }, Ct)).Succeeded);
        clock.Advance(TimeSpan.FromDays(1));
        var stoppedAt = clock.GetUtcNow();
        Assert.True((await units.DeactivateAsync(admin, "SO_KHOA_HOC", "SO_NOI_VU", Ct)).Succeeded);
        clock.Advance(TimeSpan.FromDays(3));

        var result = await units.ReactivateAsync(admin, "SO_KHOA_HOC", "Tách lại theo quyết định mới", Ct);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        Assert.Equal("Đơn vị Sở Khoa học và Công nghệ đã hoạt động trở lại.", result.Message);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "SO_KHOA_HOC", Ct);
        Assert.True(unit.IsActiveAt(clock.GetUtcNow()));
        Assert.Null(unit.SucceededByCode);
        var history = await units.HistoryAsync("SO_KHOA_HOC", Ct);
        Assert.Equal([2, 1], history.Select(v => v.Version));
        Assert.Equal((clock.GetUtcNow(), (DateTimeOffset?)null), (history[0].ValidFrom, history[0].ValidTo));
        Assert.Equal("Kích hoạt lại: Tách lại theo quyết định mới", history[0].Note);
        Assert.Equal(admin.Actor, history[0].ChangedBy);
        Assert.Equal(stoppedAt, history[1].ValidTo);
    }

    [Fact]
    public async Task Should_record_the_life_before_the_stop_when_a_never_edited_unit_is_reactivated()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var began = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
        var stopped = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await AdministrationHost.RunAsync<PaknDbContext, int>(factory, db =>
        {
            db.Units.Add(new Unit { Code = "BQL_CU", Name = "Ban Quản lý cũ", Level = UnitLevel.ProvinceDepartment, ValidFrom = began, ValidTo = stopped });
            return db.SaveChangesAsync(Ct);
        });

        var result = await Run(a => a.ReactivateAsync(admin, "BQL_CU", null, Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        var history = await AdministrationHost.RunAsync<UnitAdministration, List<UnitVersion>>(factory, a => a.HistoryAsync("BQL_CU", Ct));
        Assert.Equal([(2, "Kích hoạt lại", (DateTimeOffset?)null), (1, "Trước khi ngừng hoạt động", stopped)], history.Select(v => (v.Version, v.Note, v.ValidTo)));
        Assert.Equal(began, history[1].ValidFrom);
    }

    [Fact]
    public async Task Should_refuse_in_vietnamese_to_reactivate_a_unit_that_is_active()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var before = await AdministrationHost.RunAsync<UnitAdministration, List<UnitVersion>>(factory, a => a.HistoryAsync("SO_VAN_HOA_THE_THAO_DU_LICH", Ct));

        var result = await Run(a => a.ReactivateAsync(admin, "SO_VAN_HOA_THE_THAO_DU_LICH", null, Ct));

        Assert.Equal("Đơn vị đang hoạt động, không cần kích hoạt lại.", result.Error(""));
        Assert.Equal(before.Count, (await AdministrationHost.RunAsync<UnitAdministration, List<UnitVersion>>(factory, a => a.HistoryAsync("SO_VAN_HOA_THE_THAO_DU_LICH", Ct))).Count);
    }

    [Fact]
    public async Task Should_leave_the_unit_stopped_when_someone_other_than_an_administrator_reactivates_it()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");
        var leader = await StaffSession.ScopeAsync(factory, "lanhdao");
        Assert.True((await Run(a => a.CreateAsync(admin, new UnitForm { Code = "BQL_TAM", Name = "Ban Quản lý tạm" }, Ct))).Succeeded);
        Assert.True((await Run(a => a.DeactivateAsync(admin, "BQL_TAM", null, Ct))).Succeeded);

        Assert.Equal(AdminResult.NotAdministrator, await Run(a => a.ReactivateAsync(coordinator, "BQL_TAM", null, Ct)));
        Assert.Equal(AdminResult.NotAdministrator, await Run(a => a.ReactivateAsync(leader, "BQL_TAM", null, Ct)));

        var unit = await AdministrationHost.RunAsync<PaknDbContext, Unit>(factory, db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "BQL_TAM", Ct));
        Assert.NotNull(unit.ValidTo);
    }

    private Task<AdminResult> Run(Func<UnitAdministration, Task<AdminResult>> work) => AdministrationHost.RunAsync(factory, work);
}
