using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.Sla;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

[Collection(AdministrationHost.Name)]
public sealed class SlaAdministrationTests(PaknWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_save_an_edit_as_the_next_version_by_the_administrator_and_keep_the_old_one_in_history()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var form = new SlaForm { FieldCode = "DO_THI", Severity = Severity.Complex, ResolutionWorkingDays = 15, Note = "Việc phức tạp về đô thị cần khảo sát" };
        Assert.True((await Save(admin, form)).Succeeded);
        form.ResolutionWorkingDays = 20;
        form.WarningPercent = 60;
        form.Note = "Thêm thời gian phối hợp";

        var result = await Save(admin, form);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        var history = await AdministrationHost.RunAsync<SlaAdministration, List<SlaPolicy>>(factory, a => a.HistoryAsync("DO_THI", Severity.Complex, Ct));
        Assert.Equal([(2, 20, 0.6, "staff:quantri"), (1, 15, 0.75, "staff:quantri")],
            history.Select(p => (p.Version, p.ResolutionWorkingDays ?? 0, p.WarningShare, p.CreatedBy)));
        Assert.Null(history[0].SupersededAt);
        Assert.NotNull(history[1].SupersededAt);
    }

    [Fact]
    public async Task Should_refuse_out_of_range_values_and_a_missing_reason_and_save_nothing()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var before = await AdministrationHost.RunAsync<PaknDbContext, int>(factory, db => db.SlaPolicies.CountAsync(Ct));

        var noReason = await Save(admin, new SlaForm { FieldCode = "Y_TE", ResolutionWorkingDays = 5 });
        var bad = await Save(admin, new SlaForm { FieldCode = "Y_TE", ResolutionWorkingDays = 0, WarningPercent = 100, Note = "Thử" });

        Assert.Equal("Vui lòng ghi lý do thay đổi (lưu vào lịch sử phiên bản).", noReason.Error("Note"));
        Assert.Equal("Thời hạn giải quyết phải từ 1 đến 90 ngày làm việc.", bad.Error("ResolutionWorkingDays"));
        Assert.Equal("Ngưỡng cảnh báo phải lớn hơn 0% và nhỏ hơn 100% thời hạn.", bad.Error("WarningPercent"));
        Assert.Equal(before, await AdministrationHost.RunAsync<PaknDbContext, int>(factory, db => db.SlaPolicies.CountAsync(Ct)));
    }

    [Fact]
    public async Task Should_save_nothing_when_a_leader_submits_a_policy()
    {
        var leader = await StaffSession.ScopeAsync(factory, "lanhdao");

        var result = await Save(leader, new SlaForm { Note = "Không được phép" });

        Assert.Equal(AdminResult.NotAdministrator, result);
        Assert.Equal(1, await AdministrationHost.RunAsync<PaknDbContext, int>(factory, db => db.SlaPolicies.CountAsync(p => p.Scope == "*|*", Ct)));
    }

    private Task<AdminResult> Save(Pakn.AdminUi.Access.StaffScope scope, SlaForm form) =>
        AdministrationHost.RunAsync<SlaAdministration, AdminResult>(factory, a => a.SaveAsync(scope, form, Ct));
}
