using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Publishing;

namespace Pakn.Handlers.Publishing;

/// <summary>
/// Publishes answered items once <see cref="PublishingOptions.AutoPublishAfter"/> has passed
/// since the answer ("100% of processed PAKN published"), with personal data stripped as a
/// moderator's publishing does. Tố cáo and items kept private are never candidates. Safe with
/// several processes: each item is saved on its own, and the item's version and the public
/// copy's key make a second publisher's save fail instead of publishing twice.
/// </summary>
public sealed partial class AutoPublisher(
    IServiceScopeFactory scopes,
    IOptions<PublishingOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<AutoPublisher> logger) : BackgroundService
{
    public const string Actor = "system:auto-publish";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WaitForStartAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (options.Value.AutoPublish)
                {
                    while (await PublishDueAsync(stoppingToken) == options.Value.BatchSize)
                    {
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex);
            }

            await Task.Delay(options.Value.SweepInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One pass; returns how many due items it read (published or lost to another process).</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.AutoPublishAfter;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
            due = await db.Feedback.AsNoTracking()
                .Where(f => f.State == FeedbackState.Answered && !f.Confidential && !f.KeepPrivate && f.AnsweredAt <= cutoff)
                .Where(f => !db.PublishedAnswers.Any(p => p.FeedbackId == f.Id))
                .OrderBy(f => f.AnsweredAt)
                .Take(options.Value.BatchSize)
                .Select(f => f.Id)
                .ToListAsync(cancellationToken);
        }

        var published = 0;
        foreach (var id in due)
        {
            published += await PublishOneAsync(id, now, cancellationToken) ? 1 : 0;
        }

        if (published > 0)
        {
            LogPublished(published);
        }

        return due.Count;
    }

    private async Task<bool> PublishOneAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaknDbContext>();
        var item = await db.Feedback.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        // Read again: a moderator may have published, hidden, re-opened or kept it private meanwhile.
        if (item is null || item.State != FeedbackState.Answered || item.NeverPublished
            || await db.PublishedAnswers.AnyAsync(p => p.FeedbackId == id, cancellationToken))
        {
            return false;
        }

        db.PublishAnswer(item, Actor, now, searchableNames: await db.SearchableNamesAsync(item, cancellationToken));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another publisher (or a moderator) saved this item first; theirs stands.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Auto-published {Count} answered items")]
    private partial void LogPublished(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Auto-publishing pass failed")]
    private partial void LogFailed(Exception exception);
}
