using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Seeding;
using Pakn.Handlers.Publishing;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

/// <summary>
/// Automatic publishing on real PostgreSQL with several publishers at once, as several host
/// processes run them: every due item is published exactly once; tố cáo and private items never.
/// </summary>
public class AutoPublisherTests
{
    private static readonly DateTimeOffset Answered = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Should_publish_each_due_item_exactly_once_when_four_publishers_race_on_postgres()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await TestInfrastructure.CreatePostgresDatabaseAsync("pakn_publish");
        var services = new ServiceCollection()
            .AddDbContext<PaknDbContext>(o => o.UsePaknDatabase(DatabaseProvider.PostgreSql, connectionString))
            .BuildServiceProvider();
        var ids = await SeedAsync(services, ct);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publishers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var publisher = new AutoPublisher(services.GetRequiredService<IServiceScopeFactory>(),
                Options.Create(new PublishingOptions { BatchSize = 5 }), new FakeTimeProvider(Answered.AddHours(49)),
                new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), NullLogger<AutoPublisher>.Instance);
            await start.Task;
            while (await publisher.PublishDueAsync(ct) > 0)
            {
            }
        }, ct)).ToList();
        start.SetResult();
        await Task.WhenAll(publishers);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var copies = await db.PublishedAnswers.Select(p => p.FeedbackId).ToListAsync(ct);
        var publishings = await db.AuditEntries.Where(a => a.ToState == FeedbackState.Published).Select(a => a.FeedbackId).ToListAsync(ct);
        Assert.Equal(ids.Due.Order(), copies.Order());
        Assert.Equal(ids.Due.Order(), publishings.Order());
        Assert.DoesNotContain(copies, id => ids.Never.Contains(id));
    }

    private static async Task<(List<Guid> Due, List<Guid> Never)> SeedAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        await db.Database.MigrateAsync(ct);
        db.Units.AddRange(DemoData.Units());
        db.Areas.AddRange(DemoData.Areas());
        db.Fields.AddRange(DemoData.Fields());
        var due = new List<Guid>();
        var never = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            var at = Answered.AddDays(-3);
            var item = FeedbackItem.Receive(TrackingCode.New(), Channel.Api, $"Đèn đường hỏng số {i}", null, "P_HAI_CHAU", null, null, null,
                new Contact { Name = "Nguyễn Văn A", Phone = "0905123456" }, at);
            if (i % 6 == 0)
            {
                item.SendToTriage("Có dấu hiệu tố cáo", Actors.Routing, at, confidential: true);
            }

            item.Assign("UBND_P_HAI_CHAU", "DO_THI", Severity.Normal, at.AddDays(1), at.AddDays(10), Actors.Routing, at);
            item.Respond("Ngày 23/11 Đội quản lý đô thị đã thay bóng đèn.", "staff:canbo", Answered);
            if (i % 6 == 1)
            {
                item.MarkPrivate("Người dân đề nghị không công khai", "staff:tiepnhan", Answered);
            }

            db.Feedback.Add(item);
            (item.NeverPublished ? never : due).Add(item.Id);
        }

        await db.SaveChangesAsync(ct);
        return (due, never);
    }
}
