using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pakn.AdminUi.Pages.Dashboard;

/// <summary>
/// The period report as an .xlsx workbook: targets, units, overdue items. Written with the
/// Open XML SDK the letters already use (ClosedXML 0.95 on the mirror needs Open XML 2.x).
/// </summary>
public static class ReportWorkbook
{
    public static byte[] Create(DashboardFigures figures)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, "Chỉ tiêu",
            [
                [$"Báo cáo tiếp nhận, xử lý phản ánh, kiến nghị — {figures.Period.Label}"],
                ["Tổng số PAKN tiếp nhận", figures.Received],
                [],
                ["Chỉ tiêu", "Đạt", "Tổng", "Tỷ lệ (%)", "Mục tiêu (%)", $"Kỳ trước (%){(figures.Previous is { } p ? $" — {p.Label}" : "")}"],
                .. figures.Targets.Select(t => new object?[] { t.Name, t.Numerator, t.Denominator, t.Percent, t.Threshold, t.PreviousPercent }),
            ]);
            AddSheet(workbook, "Đơn vị",
            [
                ["Xếp hạng", "Đơn vị", "Tiếp nhận", "Đã xử lý", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (%)", "Đang quá hạn", "Được đánh giá", "Hài lòng", "Tỷ lệ hài lòng (%)"],
                .. figures.Units.Select((u, i) => new object?[] { i + 1, u.UnitName, u.Received, u.Processed, u.OnTime, u.Late, u.OnTimePercent, u.OpenOverdue, u.Rated, u.Satisfied, u.SatisfiedPercent }),
                [null, "Tổng cộng", figures.Units.Sum(u => u.Received), figures.Units.Sum(u => u.Processed), figures.Units.Sum(u => u.OnTime),
                    figures.Units.Sum(u => u.Late), null, figures.Units.Sum(u => u.OpenOverdue), figures.Units.Sum(u => u.Rated), figures.Units.Sum(u => u.Satisfied), null],
            ]);
            AddSheet(workbook, "Theo lĩnh vực, kênh",
            [
                ["Lĩnh vực", "Số PAKN"],
                .. figures.ByField.Select(b => new object?[] { b.Name, b.Count }),
                [],
                ["Kênh tiếp nhận", "Số PAKN"],
                .. figures.ByChannel.Select(b => new object?[] { b.Name, b.Count }),
            ]);
            AddSheet(workbook, "Theo thời gian",
            [
                [figures.Period.Kind == "thang" ? "Ngày" : "Tháng", "Tiếp nhận", "Đã xử lý"],
                .. figures.ByPeriod.Select(s => new object?[] { s.Label, s.Received, s.Processed }),
                ["Tổng cộng", figures.ByPeriod.Sum(s => s.Received), figures.ByPeriod.Sum(s => s.Processed)],
            ]);
            AddSheet(workbook, "Quá hạn",
            [
                ["Mã", "Đơn vị", "Nội dung", "Hạn giải quyết"],
                .. figures.Overdue.Select(o => new object?[] { o.TrackingCode, o.UnitName, o.Text, Components.VietnamTime.Format(o.ResolutionDueAt) }),
            ]);
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<object?[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var value in values)
            {
                row.Append(Cell(value));
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)sheets.ChildElements.Count + 1,
            Name = name,
        });
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        // Inline strings: text is stored as text, so a formula-looking citizen text stays inert.
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
    };
}
