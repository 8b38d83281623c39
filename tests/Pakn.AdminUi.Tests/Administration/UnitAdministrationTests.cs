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
public sealed class UnitAdministrationTests(PaknWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_keep_the_old_name_for_past_reports_when_a_unit_is_renamed()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));
        var units = new UnitAdministration(new StaffAccess(db, clock), db, clock);
        Assert.True((await units.CreateAsync(admin, new UnitForm { Code = "so_tai_chinh", Name = "Sở Tài chính" }, Ct)).Succeeded);
        var beforeRename = clock.GetUtcNow().AddMinutes(1);
        clock.Advance(TimeSpan.FromHours(2));

        var result = await units.UpdateAsync(admin, new UnitForm { Code = "SO_TAI_CHINH", Name = "Sở Tài chính và Kế hoạch", Note = "Hợp nhất" }, Ct);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        var history = await units.HistoryAsync("SO_TAI_CHINH", Ct);
        Assert.Equal([2, 1], history.Select(v => v.Version));
        Assert.Null(history[0].ValidTo);
        Assert.Equal(clock.GetUtcNow(), history[1].ValidTo);
        Assert.Equal("Sở Tài chính", (await UnitNames.AtAsync(db, beforeRename, Ct))["SO_TAI_CHINH"]);
        Assert.Equal("Sở Tài chính và Kế hoạch", (await UnitNames.AtAsync(db, clock.GetUtcNow(), Ct))["SO_TAI_CHINH"]);
    }

    [Fact]
    public async Task Should_record_the_unit_as_it_was_since_it_began_when_a_seeded_unit_is_first_changed()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var form = await AdministrationHost.RunAsync<UnitAdministration, UnitForm>(factory, async a => UnitForm.From((await a.UnitsAsync(Ct)).Single(u => u.Code == "SO_NOI_VU")));
        var original = form.Name;
        form.Name = "Sở Nội vụ (mới)";

        var result = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.UpdateAsync(admin, form, Ct));

        Assert.True(result.Succeeded);
        var history = await AdministrationHost.RunAsync<UnitAdministration, List<UnitVersion>>(factory, a => a.HistoryAsync("SO_NOI_VU", Ct));
        Assert.Equal([("Sở Nội vụ (mới)", 2), (original, 1)], history.Select(v => (v.Name, v.Version)));
    }

    [Fact]
    public async Task Should_not_version_when_only_the_email_changes()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var form = await AdministrationHost.RunAsync<UnitAdministration, UnitForm>(factory, async a => UnitForm.From((await a.UnitsAsync(Ct)).Single(u => u.Code == "SO_CONG_THUONG")));
        form.Email = "congthuong@danang.example";

        await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.UpdateAsync(admin, form, Ct));

        Assert.Empty(await AdministrationHost.RunAsync<UnitAdministration, List<UnitVersion>>(factory, a => a.HistoryAsync("SO_CONG_THUONG", Ct)));
    }

    [Fact]
    public async Task Should_switch_head_approval_of_answers_without_a_new_version_when_only_the_approval_flag_changes()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        Assert.True((await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.CreateAsync(admin, new UnitForm { Code = "SO_DUYET_TRA_LOI", Name = "Sở Thử nghiệm duyệt" }, Ct))).Succeeded);
        var form = await AdministrationHost.RunAsync<UnitAdministration, UnitForm>(factory, async a => UnitForm.From((await a.UnitsAsync(Ct)).Single(u => u.Code == "SO_DUYET_TRA_LOI")));
        Assert.False(form.AnswerApprovalRequired);
        form.AnswerApprovalRequired = true;

        var result = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.UpdateAsync(admin, form, Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        var saved = await AdministrationHost.RunAsync<UnitAdministration, Unit>(factory, async a => (await a.UnitsAsync(Ct)).Single(u => u.Code == "SO_DUYET_TRA_LOI"));
        Assert.True(saved.AnswerApprovalRequired);
        Assert.Single(await AdministrationHost.RunAsync<UnitAdministration, List<UnitVersion>>(factory, a => a.HistoryAsync("SO_DUYET_TRA_LOI", Ct)));
    }

    [Fact]
    public async Task Should_refuse_with_vietnamese_messages_and_change_nothing_when_the_unit_form_is_wrong()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var result = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.CreateAsync(admin, new UnitForm
        {
            Code = "SO_XAY_DUNG",
            Name = " ",
            Level = UnitLevel.CommuneCommittee,
            ParentCode = "KHONG_CO",
            Email = "khong-phai-email",
        }, Ct));

        Assert.False(result.Succeeded);
        Assert.Equal("Đã có đơn vị với mã SO_XAY_DUNG.", result.Error("Code"));
        Assert.Equal("Tên đơn vị bắt buộc, tối đa 256 ký tự.", result.Error("Name"));
        Assert.Equal("UBND phường/xã phải gắn với phường/xã mình quản lý.", result.Error("AreaCode"));
        Assert.Equal("Đơn vị cấp trên không tồn tại.", result.Error("ParentCode"));
        Assert.Equal("Địa chỉ email không hợp lệ.", result.Error("Email"));
    }

    [Fact]
    public async Task Should_refuse_a_parent_loop()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        Assert.True((await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.CreateAsync(admin, new UnitForm { Code = "PHONG_A", Name = "Phòng A", ParentCode = "SO_Y_TE" }, Ct))).Succeeded);
        var parent = await AdministrationHost.RunAsync<UnitAdministration, UnitForm>(factory, async a => UnitForm.From((await a.UnitsAsync(Ct)).Single(u => u.Code == "SO_Y_TE")));
        parent.ParentCode = "PHONG_A";

        var result = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.UpdateAsync(admin, parent, Ct));

        Assert.Equal("Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị trực thuộc nó.", result.Error("ParentCode"));
    }

    [Fact]
    public async Task Should_refuse_to_delete_and_offer_deactivation_when_a_unit_is_referenced()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var delete = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, "UBND_P_HAI_CHAU", Ct));
        var deactivate = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.DeactivateAsync(admin, "SO_KHOA_HOC_CONG_NGHE", "SO_CONG_THUONG", Ct));

        Assert.False(delete.Succeeded);
        Assert.Contains("ngừng hoạt động thay vì xóa", delete.Error(""), StringComparison.Ordinal);
        Assert.True(deactivate.Succeeded);
        var unit = await AdministrationHost.RunAsync<PaknDbContext, Unit>(factory, db => db.Units.SingleAsync(u => u.Code == "SO_KHOA_HOC_CONG_NGHE", Ct));
        Assert.False(unit.IsActiveAt(DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal("SO_CONG_THUONG", unit.SucceededByCode);
    }

    [Fact]
    public async Task Should_delete_a_unit_nothing_refers_to()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.CreateAsync(admin, new UnitForm { Code = "NHAP_NHAM", Name = "Nhập nhầm" }, Ct));

        var result = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, "NHAP_NHAM", Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        Assert.False(await AdministrationHost.RunAsync<PaknDbContext, bool>(factory, db => db.Units.AnyAsync(u => u.Code == "NHAP_NHAM", Ct)));
    }

    [Fact]
    public async Task Should_change_field_texts_but_refuse_an_empty_name()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var ok = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.SaveFieldAsync(admin, "KHAC", "Lĩnh vực khác", "Những việc không thuộc lĩnh vực nào ở trên", Ct));
        var bad = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.SaveFieldAsync(admin, "Y_TE", "", null, Ct));

        Assert.True(ok.Succeeded);
        Assert.Equal("Tên lĩnh vực bắt buộc, tối đa 128 ký tự.", bad.Error("Name"));
        Assert.Equal("Y tế", await AdministrationHost.RunAsync<PaknDbContext, string>(factory, db => db.Fields.Where(f => f.Code == "Y_TE").Select(f => f.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Should_add_an_area_governed_by_a_commune_committee_only()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var wrongCommittee = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.SaveAreaAsync(admin, new AreaForm { Code = "X_MOI", Name = "Xã Mới", ShortName = "Mới", CommitteeUnitCode = "SO_Y_TE" }, true, Ct));
        var ok = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.SaveAreaAsync(admin, new AreaForm { Code = "x_moi", Name = "Xã Mới", ShortName = "Mới", CommitteeUnitCode = "UBND_X_HOA_VANG" }, true, Ct));

        Assert.Equal("Chọn UBND phường/xã quản lý địa bàn này.", wrongCommittee.Error("CommitteeUnitCode"));
        Assert.True(ok.Succeeded);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("tiepnhan")]
    public async Task Should_change_nothing_when_someone_other_than_an_administrator_calls_the_service(string userName)
    {
        var other = await StaffSession.ScopeAsync(factory, userName);

        var result = await AdministrationHost.RunAsync<UnitAdministration, AdminResult>(factory, a => a.SaveFieldAsync(other, "GIAO_DUC", "Đổi tên", null, Ct));

        Assert.Equal(AdminResult.NotAdministrator, result);
        Assert.Equal("Giáo dục", await AdministrationHost.RunAsync<PaknDbContext, string>(factory, db => db.Fields.Where(f => f.Code == "GIAO_DUC").Select(f => f.Name).SingleAsync(Ct)));
    }
}
