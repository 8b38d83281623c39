using System.Text.Json;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pakn.Core.Channels;
using Pakn.Core.ApiKeys;
using Pakn.Core.Calendar;
using Pakn.Core.Conversations;
using Pakn.Core.DirectLine;
using Pakn.Core.Feedback;
using Pakn.Core.Identity;
using Pakn.Core.Letters;
using Pakn.Core.Notifications;
using Pakn.Core.Outbox;
using Pakn.Core.Publishing;
using Pakn.Core.Reference;
using Pakn.Core.Sla;

namespace Pakn.Core.Data;

public sealed class PaknDbContext(DbContextOptions<PaknDbContext> options, OutboxSignal? outboxSignal = null)
    : IdentityDbContext<StaffUser>(options)
{
    public DbSet<FeedbackItem> Feedback => Set<FeedbackItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<ApologyLetter> ApologyLetters => Set<ApologyLetter>();
    public DbSet<LetterSequence> LetterSequences => Set<LetterSequence>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<SlaStage> SlaStages => Set<SlaStage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<PublishedAnswer> PublishedAnswers => Set<PublishedAnswer>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();
    public DbSet<DirectLineAttachment> DirectLineAttachments => Set<DirectLineAttachment>();
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();
    public DbSet<ZaloChannel> ZaloChannel => Set<ZaloChannel>();
    public DbSet<UnitVersion> UnitVersions => Set<UnitVersion>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>
    /// Queues an event to be published once this context's changes commit: the event and the
    /// state change that causes it are written in one transaction.
    /// </summary>
    public void Enqueue<T>(T message, DateTimeOffset at)
        where T : class
    {
        OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(at),
            MessageType = typeof(T).FullName!,
            Body = JsonSerializer.Serialize(message, OutboxSerializer.Options),
            CreatedAt = at,
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AddCitizenNotifications();
        var hasEvents = outboxSignal is not null
            && ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (hasEvents)
        {
            outboxSignal!.Notify();
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AddCitizenNotifications();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>The citizen's messages about a step commit with the step (see FeedbackItem.Notices.cs).</summary>
    private void AddCitizenNotifications()
    {
        foreach (var item in ChangeTracker.Entries<FeedbackItem>().Select(e => e.Entity).ToList())
        {
            foreach (var notice in item.TakeCitizenNotices())
            {
                Notifications.AddRange(CitizenNotifications.For(item, notice));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no date type EF can compare or order; all our times are UTC, so their
            // binary form orders correctly and deadline queries stay on indexes.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Staff accounts live in the same database and migrations history as the items they work on.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PaknDbContext).Assembly);
    }
}
