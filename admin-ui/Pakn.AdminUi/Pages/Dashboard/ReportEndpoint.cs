using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Pakn.Core.Identity;

namespace Pakn.AdminUi.Pages.Dashboard;

public static class ReportEndpoint
{
    public const string ReaderRoles = $"{StaffRoles.Leader},{StaffRoles.Administrator},{StaffRoles.Coordinator}";

    /// <summary><c>/admin/bao-cao.xlsx?ky=quy&amp;nam=2026&amp;so=3</c>: the period report as Excel.</summary>
    public static IEndpointRouteBuilder MapReportExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/bao-cao.xlsx", async (
            DashboardQueries dashboard,
            [FromQuery(Name = "ky")] string? kind,
            [FromQuery(Name = "nam")] int? year,
            [FromQuery(Name = "so")] int? index,
            CancellationToken ct) =>
        {
            var period = ReportPeriod.Of(kind ?? "nam", year ?? DateTime.UtcNow.Year, index ?? 1);
            if (period is null)
            {
                return Results.Problem(title: "Kỳ báo cáo không hợp lệ", statusCode: StatusCodes.Status400BadRequest,
                    detail: "Chọn kỳ: nam, 9-thang, 6-thang, quy (so 1–4) hoặc thang (so 1–12), và năm từ 2000 đến 2100.");
            }

            var figures = await dashboard.ComputeAsync(period, ct);
            var name = string.Create(CultureInfo.InvariantCulture, $"bao-cao-pakn-{period.Kind}-{period.Year}-{period.Index}.xlsx");
            return Results.File(ReportWorkbook.Create(figures), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).RequireAuthorization(p => p.RequireRole(StaffRoles.Leader, StaffRoles.Administrator, StaffRoles.Coordinator));
        return app;
    }
}
