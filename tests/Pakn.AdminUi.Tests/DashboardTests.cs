using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Dashboard;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Letters;
using Pakn.Core.Publishing;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// The leaders' figures for a past year, built from frozen flags: four items received in 2021
/// whose clocks are all settled, so nothing running in the host can move them.
/// </summary>
public sealed class DashboardTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>, IAsyncLifetime
{
    private const string Unit = "UBND_P_HAI_CHAU";
    private static readonly DateTimeOffset At = new(2021, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        if (db.Feedback.Any(f => f.ReceivedAt < new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            return;
        }

        // On time everywhere, published.
        var onTime = Assigned(db, At.AddDays(10));
        onTime.Acknowledge("staff:a", At.AddHours(2));
        onTime.Respond("Đã sửa xong.", "staff:a", At.AddDays(3));
        db.PublishAnswer(onTime, "staff:b", At.AddDays(4));
        onTime.Rate(5, resolved: true, At.AddDays(5));

        // Late twice, answered, not published, apologised for in writing.
        var late = Assigned(db, At.AddDays(5));
        late.Acknowledge("staff:a", At.AddHours(30));
        late.Respond("Đã xử lý.", "staff:a", At.AddDays(8));
        late.Rate(2, resolved: false, At.AddDays(9));
        db.ApologyLetters.Add(new ApologyLetter
        {
            FeedbackId = late.Id, UnitCode = Unit, Year = 2021, Number = 1, IssuedAt = At.AddDays(5), MissedDueAt = At.AddDays(5),
            NewDueAt = At.AddDays(8), Reason = "Cần phối hợp nhiều đơn vị", Html = "<p>Thư</p>", Docx = [1],
        });

        var rejected = FeedbackItem.Receive(TrackingCode.New(), Channel.Hotline, "Không phải PAKN", null, "P_HAI_CHAU", null, null, null, new Contact(), At);
        rejected.Reject("Nội dung là khiếu nại", "staff:c", At.AddHours(1));
        db.Feedback.Add(rejected);

        // Still open, due far ahead: counted as received, in nothing else.
        var open = FeedbackItem.Receive(TrackingCode.New(), Channel.Zalo, "Đang xử lý", null, "P_HAI_CHAU", null, null, null, new Contact(), At);
        open.Assign(Unit, "GIAO_THONG", Severity.Normal, new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 2, 1, 0, 0, 0, TimeSpan.Zero), Actors.Routing, At);
        db.Feedback.Add(open);

        // The year before: one item, rejected, so 2020 processed 100%.
        var before = FeedbackItem.Receive(TrackingCode.New(), Channel.Email, "Năm trước", null, "P_HAI_CHAU", null, null, null, new Contact(), At.AddYears(-1));
        before.Reject("Không thuộc phạm vi", "staff:c", At.AddYears(-1).AddHours(1));
        db.Feedback.Add(before);
        // 18:00 UTC on 31 January is 01:00 on 1 February in Vietnam.
        var afterMidnight = FeedbackItem.Receive(TrackingCode.New(), Channel.Zalo, "Sau nửa đêm", null, "P_HAI_CHAU", null, null, null, new Contact(),
            new DateTimeOffset(2023, 1, 31, 18, 0, 0, TimeSpan.Zero));
        db.Feedback.Add(afterMidnight);
        await db.SaveChangesAsync(Ct);
        await SeededSet.AddAsync(db, SeededSet.Year, Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Should_compute_each_target_from_the_frozen_flags_when_period_is_a_past_year()
    {
        using var scope = factory.Services.CreateScope();

        var figures = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().ComputeAsync(ReportPeriod.Of("nam", 2021, 1)!, Ct);

        Assert.Equal(4, figures.Received);
        Assert.Equal(
            [("PAKN được xử lý", 3, 4), ("PAKN đã xử lý được công khai", 1, 2), ("Phản hồi trong 24 giờ", 1, 2), ("Giải quyết đúng hạn", 1, 2),
                ("Trễ hẹn có thư xin lỗi", 1, 1), ("Người dân hài lòng", 1, 2)],
            figures.Targets.Select(t => (t.Name, t.Numerator, t.Denominator)).ToList());
        Assert.Equal(75, figures.Targets[0].Percent);
        var unit = Assert.Single(figures.Units);
        Assert.Equal((3, 2, 1, 1, 2, 1), (unit.Received, unit.Processed, unit.OnTime, unit.Late, unit.Rated, unit.Satisfied));
    }

    [Fact]
    public async Task Should_name_each_unit_as_it_was_called_then_when_period_is_past()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        const string OldName = "UBND phường Hải Châu I (tên cũ)";
        if (!db.UnitVersions.Any(v => v.Name == OldName))
        {
            db.UnitVersions.Add(new Pakn.Core.Reference.UnitVersion
            {
                UnitCode = Unit, Version = 1, Name = OldName, Level = Pakn.Core.Reference.UnitLevel.CommuneCommittee, AreaCode = "P_HAI_CHAU",
                ValidFrom = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), ValidTo = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync(Ct);
        }

        var queries = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var then = await queries.ComputeAsync(ReportPeriod.Of("nam", 2021, 1)!, Ct);
        var later = await queries.ComputeAsync(ReportPeriod.Of("nam", SeededSet.Year, 1)!, Ct);

        Assert.Equal(OldName, Assert.Single(then.Units).UnitName);
        Assert.DoesNotContain(later.Units, u => u.UnitName == OldName);
    }

    [Fact]
    public async Task Should_show_the_change_since_the_year_before_when_both_years_have_items()
    {
        using var scope = factory.Services.CreateScope();

        var figures = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().ComputeAsync(ReportPeriod.Of("nam", 2021, 1)!, Ct);

        Assert.Equal("Năm 2020", figures.Previous?.Label);
        var processed = figures.Targets.Single(t => t.Name == "PAKN được xử lý");
        Assert.Equal((100, -25), (processed.PreviousPercent, processed.Trend));
        Assert.Null(figures.Targets.Single(t => t.Name == "PAKN đã xử lý được công khai").Trend);
    }

    [Fact]
    public async Task Should_count_each_month_of_the_year_when_chart_is_by_period()
    {
        using var scope = factory.Services.CreateScope();

        var figures = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().ComputeAsync(ReportPeriod.Of("nam", 2021, 1)!, Ct);

        Assert.Equal(12, figures.ByPeriod.Count);
        Assert.Equal(("T3", 4, 3), (figures.ByPeriod[2].Label, figures.ByPeriod[2].Received, figures.ByPeriod[2].Processed));
        Assert.All(figures.ByPeriod.Where(p => p.Label != "T3"), p => Assert.Equal(0, p.Received));
    }

    [Theory]
    [InlineData("nam", 1)]
    [InlineData("quy", 2)]
    [InlineData("thang", 5)]
    [InlineData("6-thang", 1)]
    public async Task Should_match_figures_counted_by_hand_from_the_database_when_set_is_seeded(string kind, int index)
    {
        using var scope = factory.Services.CreateScope();
        var period = ReportPeriod.Of(kind, SeededSet.Year, index)!;

        var figures = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().ComputeAsync(period, Ct);

        var expected = await SeededSet.CountByHandAsync(scope.ServiceProvider.GetRequiredService<PaknDbContext>(), period, Ct);
        Assert.True(expected.Received > 10, "the seeded set must fill the period");
        Assert.Equal(expected.Received, figures.Received);
        Assert.Equal(expected.Targets, figures.Targets.Select(t => (t.Name, t.Numerator, t.Denominator)).ToList());
        Assert.Equal(expected.Units, figures.Units.Select(u => (u.UnitCode, u.Received, u.Processed, u.OnTime, u.Late, u.Satisfied)).OrderBy(u => u.UnitCode, StringComparer.Ordinal).ToList());
        Assert.Equal(expected.Received, figures.ByPeriod.Sum(p => p.Received));
        Assert.Equal(expected.Received, figures.ByField.Sum(p => p.Count));
        Assert.Equal(expected.Received, figures.ByChannel.Sum(p => p.Count));
    }

    [Fact]
    public async Task Should_count_an_item_in_the_vietnamese_month_when_it_arrives_after_local_midnight()
    {
        using var scope = factory.Services.CreateScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardQueries>();

        var january = await dashboard.ComputeAsync(ReportPeriod.Of("thang", 2023, 1)!, Ct);
        var february = await dashboard.ComputeAsync(ReportPeriod.Of("thang", 2023, 2)!, Ct);

        Assert.Equal((0, 1), (january.Received, february.Received));
        Assert.Equal(1, february.ByPeriod.Single(d => d.Label == "1").Received);
    }

    [Fact]
    public async Task Should_count_nothing_when_period_is_a_quarter_without_items()
    {
        using var scope = factory.Services.CreateScope();

        var figures = await scope.ServiceProvider.GetRequiredService<DashboardQueries>().ComputeAsync(ReportPeriod.Of("quy", 2021, 3)!, Ct);

        Assert.Equal(0, figures.Received);
        Assert.All(figures.Targets, t => Assert.Null(t.Percent));
    }

    [Fact]
    public async Task Should_export_a_workbook_whose_totals_match_the_dashboard_when_leader_downloads_it()
    {
        var client = await StaffSession.SignInAsync(factory, "lanhdao");

        using var response = await client.GetAsync("/admin/bao-cao.xlsx?ky=nam&nam=2021", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var targets = Rows(document, "Chỉ tiêu");
        Assert.Equal(["Tổng số PAKN tiếp nhận", "4"], targets[1]);
        Assert.Equal(["PAKN được xử lý", "3", "4", "75", "100", "100"], targets[4]);
        Assert.Equal(["Trễ hẹn có thư xin lỗi", "1", "1", "100", "100", ""], targets[8]);
        Assert.Equal(["Người dân hài lòng", "1", "2", "50", "90", ""], targets[9]);
        var units = Rows(document, "Đơn vị");
        Assert.Equal(["", "Tổng cộng", "3", "2", "1", "1", "", "0", "2", "1", ""], units[^1]);
        var months = Rows(document, "Theo thời gian");
        Assert.Equal(["Tổng cộng", "4", "3"], months[^1]);
    }

    [Theory]
    [InlineData("canbo.haichau")]
    [InlineData("truong.xaydung")]
    public async Task Should_deny_dashboard_and_export_when_person_is_unit_staff(string userName)
    {
        var client = await StaffSession.SignInAsync(factory, userName);

        using var page = await client.GetAsync("/admin/tong-quan", Ct);
        using var export = await client.GetAsync("/admin/bao-cao.xlsx?ky=nam&nam=2021", Ct);

        Assert.StartsWith("/admin/khong-co-quyen", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/khong-co-quyen", export.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_with_a_vietnamese_problem_when_period_is_invalid()
    {
        var client = await StaffSession.SignInAsync(factory, "lanhdao");

        using var response = await client.GetAsync("/admin/bao-cao.xlsx?ky=quy&nam=2021&so=7", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Kỳ báo cáo không hợp lệ", (await PaknClient.ReadJsonAsync(response)).GetProperty("title").GetString());
    }

    private static FeedbackItem Assigned(PaknDbContext db, DateTimeOffset resolutionDue)
    {
        var item = FeedbackItem.Receive(TrackingCode.New(), Channel.WebChat, "Đèn đường hỏng", null, "P_HAI_CHAU", null, null, null, new Contact(), At);
        item.Assign(Unit, "GIAO_THONG", Severity.Normal, At.AddHours(24), resolutionDue, Actors.Routing, At.AddMinutes(1));
        db.Feedback.Add(item);
        return item;
    }

    internal static List<string[]> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>()
            .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];
    }
}
