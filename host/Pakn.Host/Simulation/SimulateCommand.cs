using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;

namespace Pakn.Host.Simulation;

/// <summary>
/// <c>simulate --days 60 --per-day 2000 --seed 7</c>: weeks of citizens and staff through the
/// real pipeline on a throw-away database. Prints a summary; the last line is one JSON object
/// (see <see cref="SimulationReport"/>). Exit code 1 when an invariant fails: an item lost, a
/// letter written twice, or an overdue item without its letter.
/// </summary>
internal static class SimulateCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        SimulationOptions options;
        try
        {
            options = SimulationOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        var modelDirectory = options.ModelDirectory
            ?? app.Configuration[$"{PaknOptions.Section}:Routing:ModelDirectory"]
            ?? Path.Combine(app.Services.GetRequiredService<IOptions<PaknOptions>>().Value.DataDirectory, "models");
        var dataDirectory = Directory.CreateTempSubdirectory("pakn-sim-");
        // Ctrl+C or SIGTERM stops the run and still deletes its database.
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        try
        {
            var run = new SimulationRun(options, dataDirectory.FullName, modelDirectory, Console.Out);
            var report = await run.RunAsync(stop.Token);
            await Console.Out.WriteLineAsync($"Thời gian: {run.Profile}");
            await Console.Out.WriteLineAsync(
                $"Tiếp nhận {report.Received} (không hợp lệ {run.InvalidSubmissions}), giao đơn vị {report.Assigned}, qua phân loại thủ công {report.Triaged}, không tiếp nhận {report.Rejected}, còn mở {report.Open}");
            await Console.Out.WriteLineAsync(
                $"Phản hồi đúng hạn {report.AcknowledgedOnTime}, trễ {report.AcknowledgedLate}; trả lời đúng hạn {report.AnsweredOnTime}, trễ {report.AnsweredLate}; công khai {report.Published}");
            await Console.Out.WriteLineAsync(
                $"Chờ người dân bổ sung {report.PausedForInformation}, đề nghị gia hạn {report.ExtensionsRequested} (được duyệt {report.ExtensionsApproved}), còn quá hạn {report.OverdueOpen}; thông báo {report.Notifications} (cán bộ {report.StaffAlerts}, người dân {report.CitizenNotifications}, gửi không được {report.NotificationsFailed})");
            await Console.Out.WriteLineAsync(
                $"Quá hạn giải quyết {report.Overdue}, thư xin lỗi {report.ApologyLetters}, quá hạn chưa có thư {report.ItemsOverdueWithoutLetter}, thư trùng {report.DuplicateLetters}, thất lạc {report.Lost}; {report.WallSeconds} s");
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report));
            return report is { Lost: 0, DuplicateLetters: 0, ItemsOverdueWithoutLetter: 0, ConsumerFaults: 0 } ? 0 : 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Đã dừng mô phỏng.");
            return 130;
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }
}
