using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.Routing;
using Pakn.Core.Data;
using Pakn.Core.Reference;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

[Collection(AdministrationHost.Name)]
public sealed class RoutingAdministrationTests(PaknWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_preview_the_area_committee_for_a_commune_level_field_and_the_override_where_one_exists()
    {
        var haiChau = await Preview("GIAO_THONG", "P_HAI_CHAU");
        var hoiAn = await Preview("GIAO_THONG", "P_HOI_AN");
        var noArea = await Preview("GIAO_THONG", null);

        Assert.Equal("UBND_P_HAI_CHAU", haiChau.Unit?.Code);
        Assert.Equal("SO_XAY_DUNG", hoiAn.Unit?.Code);
        Assert.Equal("Theo quy tắc riêng của phường/xã", hoiAn.Reason);
        Assert.Null(noArea.Unit);
        Assert.Equal("Lĩnh vực thuộc thẩm quyền cấp xã nhưng chưa xác định được phường/xã.", noArea.Reason);
    }

    [Fact]
    public async Task Should_route_to_the_new_unit_in_the_preview_once_an_area_rule_is_saved()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var result = await AdministrationHost.RunAsync<RoutingAdministration, AdminResult>(factory, a => a.SaveAsync(admin, new RuleForm
        {
            FieldCode = "DIEN_NUOC", AreaCode = "X_HOA_VANG", CommuneLevel = true,
        }, Ct));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        Assert.Equal("UBND_X_HOA_VANG", (await Preview("DIEN_NUOC", "X_HOA_VANG")).Unit?.Code);
        Assert.Equal("SO_CONG_THUONG", (await Preview("DIEN_NUOC", "P_HAI_CHAU")).Unit?.Code);
    }

    [Fact]
    public async Task Should_refuse_a_second_rule_for_the_same_field_and_area()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var before = await CountAsync();

        var general = await Save(admin, new RuleForm { FieldCode = "Y_TE", CommuneLevel = false, UnitCode = "SO_Y_TE" });
        var perArea = await Save(admin, new RuleForm { FieldCode = "MOI_TRUONG", AreaCode = "P_SON_TRA", CommuneLevel = true });

        Assert.Equal("Lĩnh vực này đã có quy tắc chung; hãy sửa quy tắc đó.", general.Error(""));
        Assert.Equal("Lĩnh vực này đã có quy tắc riêng cho phường/xã đã chọn; hãy sửa quy tắc đó.", perArea.Error(""));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Should_refuse_unknown_field_area_or_unit_with_vietnamese_messages()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var result = await Save(admin, new RuleForm { FieldCode = "KHONG_CO", AreaCode = "P_KHONG_CO", CommuneLevel = false, UnitCode = "SO_KHONG_CO" });
        var noUnit = await Save(admin, new RuleForm { FieldCode = "Y_TE", AreaCode = "P_AN_HAI", CommuneLevel = false });

        Assert.Equal("Chọn một lĩnh vực có trong danh mục.", result.Error("FieldCode"));
        Assert.Equal("Phường/xã không có trong danh mục.", result.Error("AreaCode"));
        Assert.Equal("Chọn đơn vị giải quyết có trong danh mục.", result.Error("UnitCode"));
        Assert.Equal("Chọn đơn vị giải quyết có trong danh mục.", noUnit.Error("UnitCode"));
    }

    [Fact]
    public async Task Should_change_a_rule_and_delete_it()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        Assert.True((await Save(admin, new RuleForm { FieldCode = "GIAO_DUC", AreaCode = "P_AN_KHE", CommuneLevel = true })).Succeeded);
        var id = await AdministrationHost.RunAsync<PaknDbContext, int>(factory, db => db.RoutingRules.Where(r => r.FieldCode == "GIAO_DUC" && r.AreaCode == "P_AN_KHE").Select(r => r.Id).SingleAsync(Ct));

        Assert.True((await Save(admin, new RuleForm { Id = id, FieldCode = "GIAO_DUC", AreaCode = "P_AN_KHE", CommuneLevel = false, UnitCode = "SO_NOI_VU" })).Succeeded);
        Assert.Equal("SO_NOI_VU", (await Preview("GIAO_DUC", "P_AN_KHE")).Unit?.Code);

        Assert.True((await AdministrationHost.RunAsync<RoutingAdministration, AdminResult>(factory, a => a.DeleteAsync(admin, id, Ct))).Succeeded);
        Assert.Equal("SO_GIAO_DUC_DAO_TAO", (await Preview("GIAO_DUC", "P_AN_KHE")).Unit?.Code);
    }

    private Task<AdminResult> Save(Pakn.AdminUi.Access.StaffScope admin, RuleForm form) =>
        AdministrationHost.RunAsync<RoutingAdministration, AdminResult>(factory, a => a.SaveAsync(admin, form, Ct));

    private Task<(Unit? Unit, string Reason)> Preview(string field, string? area) =>
        AdministrationHost.RunAsync<RoutingAdministration, (Unit?, string)>(factory, a => a.PreviewAsync(field, area, Ct));

    private Task<int> CountAsync() => AdministrationHost.RunAsync<PaknDbContext, int>(factory, db => db.RoutingRules.CountAsync(Ct));
}
