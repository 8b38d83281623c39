using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Pages.Dashboard;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Letters;
using Pakn.Core.Publishing;

namespace Pakn.AdminUi.Tests;

/// <summary>
/// A year of items with every outcome the dashboard counts (rejected, open, acknowledged late,
/// answered late with and without a letter, published, rated), drawn from a fixed seed through
/// the domain's own transitions; and the dashboard's figures counted again by hand, in memory,
/// from the rows the database holds.
/// </summary>
public static class SeededSet
{
    public const int Year = 2022;
    private static readonly string[] Units = ["UBND_P_HAI_CHAU", "SO_XAY_DUNG", "UBND_P_HOA_CUONG"];
    private static readonly string[] Fields = ["GIAO_THONG", "DO_THI", "MOI_TRUONG", "DAT_DAI"];
    private static readonly Channel[] Channels = [Channel.WebChat, Channel.Zalo, Channel.Hotline, Channel.Api];

    public static async Task AddAsync(PaknDbContext db, int year, CancellationToken ct)
    {
        var random = new Random(year);
        var letters = 0;
        for (var i = 0; i < 160; i++)
        {
            var received = new DateTimeOffset(year, 1, 1, 2, 0, 0, TimeSpan.Zero).AddDays(random.Next(0, 360)).AddHours(random.Next(0, 20));
            var item = FeedbackItem.Receive(TrackingCode.New(), Channels[random.Next(Channels.Length)], $"Phản ánh số {i}", null, "P_HAI_CHAU", null, null, null, new Contact(), received);
            db.Feedback.Add(item);
            var outcome = random.Next(10);
            if (outcome == 0)
            {
                item.Reject("Không thuộc phạm vi PAKN", "staff:c", received.AddHours(1));
                continue;
            }

            var unit = Units[random.Next(Units.Length)];
            item.Assign(unit, Fields[random.Next(Fields.Length)], Severity.Normal, received.AddHours(24), received.AddDays(10), Actors.Routing, received.AddMinutes(1));
            if (outcome == 1)
            {
                continue;
            }

            item.Acknowledge("staff:a", received.AddHours(random.Next(2) == 0 ? 5 : 30));
            if (outcome == 2)
            {
                continue;
            }

            var late = random.Next(3) == 0;
            item.Respond("Đơn vị đã xử lý.", "staff:a", received.AddDays(late ? 14 : 5));
            if (late && random.Next(2) == 0)
            {
                db.ApologyLetters.Add(new ApologyLetter
                {
                    FeedbackId = item.Id, UnitCode = unit, Year = year, Number = ++letters, IssuedAt = received.AddDays(10), MissedDueAt = received.AddDays(10),
                    NewDueAt = received.AddDays(14), Reason = "Cần phối hợp nhiều đơn vị", Html = "<p>Thư</p>", Docx = [1],
                });
            }

            if (outcome >= 5)
            {
                db.PublishAnswer(item, "staff:b", received.AddDays(15));
            }

            if (random.Next(3) > 0)
            {
                item.Rate(random.Next(1, 6), resolved: true, received.AddDays(16));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public sealed record Expected(int Received, List<(string, int, int)> Targets, List<(string, int, int, int, int, int)> Units);

    public static async Task<Expected> CountByHandAsync(PaknDbContext db, ReportPeriod period, CancellationToken ct)
    {
        var all = await db.Feedback.AsNoTracking().ToListAsync(ct);
        var items = all.Where(f => f.ReceivedAt >= period.From && f.ReceivedAt < period.To).ToList();
        var lettered = (await db.ApologyLetters.AsNoTracking().Select(l => l.FeedbackId).ToListAsync(ct)).ToHashSet();
        FeedbackState[] processedStates = [FeedbackState.Answered, FeedbackState.Published, FeedbackState.Closed, FeedbackState.Rejected, FeedbackState.Merged];
        bool Processed(FeedbackItem f) => processedStates.Contains(f.State);
        bool Answered(FeedbackItem f) => f.AnsweredAt is not null && !f.Confidential && f.State is not (FeedbackState.Merged or FeedbackState.Rejected);
        bool Late(FeedbackItem f) => f.ResolutionOnTime == false || (f.ResolutionOnTime is null && f.ResolutionBreached);
        bool Overdue(FeedbackItem f) => f.ResolutionOnTime == false || f.ResolutionBreached;
        var targets = new List<(string, int, int)>
        {
            ("PAKN được xử lý", items.Count(Processed), items.Count),
            ("PAKN đã xử lý được công khai", items.Count(f => Answered(f) && f.PublishedAt is not null), items.Count(Answered)),
            ("Phản hồi trong 24 giờ", items.Count(f => f.FirstResponseOnTime == true),
                items.Count(f => f.FirstResponseOnTime is not null || f.FirstResponseBreached)),
            ("Giải quyết đúng hạn", items.Count(f => f.ResolutionOnTime == true), items.Count(f => f.ResolutionOnTime == true || Late(f))),
            ("Trễ hẹn có thư xin lỗi", items.Count(f => Overdue(f) && lettered.Contains(f.Id)), items.Count(Overdue)),
            ("Người dân hài lòng", items.Count(f => f.Rating >= 4), items.Count(f => f.Rating is not null)),
        };
        var units = items.Where(f => f.UnitCode is not null).GroupBy(f => f.UnitCode!)
            .Select(g => (g.Key, g.Count(), g.Count(Processed), g.Count(f => f.ResolutionOnTime == true), g.Count(Late), g.Count(f => f.Rating >= 4)))
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .ToList();
        return new Expected(items.Count, targets, units);
    }
}
