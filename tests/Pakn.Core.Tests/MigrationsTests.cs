using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class MigrationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=never-opened.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=never-opened.invalid;Database=pakn;Username=pakn;Password=unused")]
    [InlineData(DatabaseProvider.SqlServer, "Server=never-opened.invalid;Database=pakn;User Id=pakn;Password=unused;TrustServerCertificate=True")]
    public void Should_have_migrations_matching_the_model_when_using_each_provider(DatabaseProvider provider, string connectionString)
    {
        using var db = Context(provider, connectionString);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The {provider} migrations do not match the model: add a migration to infra/migrations/Pakn.Migrations.{provider}.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=never-opened.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=never-opened.invalid;Database=pakn")]
    [InlineData(DatabaseProvider.SqlServer, "Server=never-opened.invalid;Database=pakn")]
    public void Should_take_migrations_from_the_provider_assembly_when_using_each_provider(DatabaseProvider provider, string connectionString)
    {
        using var db = Context(provider, connectionString);

        var assembly = db.GetService<IMigrationsAssembly>();

        Assert.Equal($"Pakn.Migrations.{provider}", assembly.Assembly.GetName().Name);
        Assert.NotNull(assembly.ModelSnapshot);
    }

    [Fact]
    public async Task Should_apply_every_migration_when_the_test_database_is_created()
    {
        using var database = new SqliteTestDatabase(seed: false);
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Fact]
    public async Task Should_round_trip_an_item_with_contact_attachment_and_audit_when_using_the_sqlite_schema()
    {
        using var database = new SqliteTestDatabase();
        var receivedAt = new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);
        var item = FeedbackItem.Receive(
            TrackingCode.New(),
            Channel.WebChat,
            "Rác thải tồn đọng ở hẻm 45 Lê Duẩn, bốc mùi hôi thối. <b>Khẩn!</b> 'quote' \"double\"",
            "Rác tồn đọng",
            "P_HAI_CHAU",
            "Hẻm 45 Lê Duẩn",
            16.0712,
            108.2165,
            new Contact
            {
                Name = "Phạm Thị Ngọc Ánh",
                Phone = "0905123456",
                Email = "anh.pham@example.com",
                Address = "45/7 Lê Duẩn, Hải Châu",
                Consent = true,
            },
            receivedAt,
            requestedFieldCode: "MOI_TRUONG");
        var attachment = new Attachment
        {
            FileName = "ảnh rác.jpg",
            ContentType = "image/jpeg",
            SizeBytes = 1_234_567,
            StorageKey = "2026/03/02/abc.jpg",
            AddedAt = receivedAt,
        };
        item.AddAttachment(attachment);
        item.Assign("UBND_P_HAI_CHAU", "MOI_TRUONG", Severity.Urgent, receivedAt.AddHours(24), receivedAt.AddDays(14), Actors.Routing, receivedAt.AddMinutes(1), "Định tuyến theo lĩnh vực");
        item.Acknowledge("chuyenvien.haichau", receivedAt.AddHours(2));

        await using (var db = database.CreateContext())
        {
            db.Feedback.Add(item);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Feedback.Include(f => f.Audit).SingleAsync(f => f.TrackingCode == item.TrackingCode, Ct);

        Assert.Equal(item.Id, loaded.Id);
        Assert.Equal(FeedbackState.Acknowledged, loaded.State);
        Assert.Equal(Channel.WebChat, loaded.Channel);
        Assert.Equal(Severity.Urgent, loaded.Severity);
        Assert.Equal(item.Content, loaded.Content);
        Assert.Equal(item.Title, loaded.Title);
        Assert.Equal("P_HAI_CHAU", loaded.AreaCode);
        Assert.Equal(item.Address, loaded.Address);
        Assert.Equal(16.0712, loaded.Latitude);
        Assert.Equal(108.2165, loaded.Longitude);
        Assert.Equal("UBND_P_HAI_CHAU", loaded.UnitCode);
        Assert.Equal("MOI_TRUONG", loaded.FieldCode);
        Assert.Equal(receivedAt, loaded.ReceivedAt);
        Assert.Equal(receivedAt.AddMinutes(1), loaded.AssignedAt);
        Assert.Equal(receivedAt.AddHours(24), loaded.FirstResponseDueAt);
        Assert.Equal(receivedAt.AddDays(14), loaded.ResolutionDueAt);
        Assert.Equal(receivedAt.AddHours(2), loaded.AcknowledgedAt);
        Assert.Null(loaded.AnsweredAt);
        Assert.Equal(2, loaded.Version);

        Assert.Equal("Phạm Thị Ngọc Ánh", loaded.Contact.Name);
        Assert.Equal("0905123456", loaded.Contact.Phone);
        Assert.Equal("anh.pham@example.com", loaded.Contact.Email);
        Assert.Equal("45/7 Lê Duẩn, Hải Châu", loaded.Contact.Address);
        Assert.True(loaded.Contact.Consent);

        var storedAttachment = Assert.Single(loaded.Attachments);
        Assert.Equal(attachment.Id, storedAttachment.Id);
        Assert.Equal("ảnh rác.jpg", storedAttachment.FileName);
        Assert.Equal("image/jpeg", storedAttachment.ContentType);
        Assert.Equal(1_234_567, storedAttachment.SizeBytes);
        Assert.Equal("2026/03/02/abc.jpg", storedAttachment.StorageKey);
        Assert.Equal(receivedAt, storedAttachment.AddedAt);

        var audit = loaded.Audit.OrderBy(a => a.At).ToList();
        Assert.Equal(3, audit.Count);
        Assert.Equal(
            item.Audit.Select(a => (a.FromState, a.ToState, a.Actor, a.Note, a.At)),
            audit.Select(a => (a.FromState, a.ToState, a.Actor, a.Note, a.At)));
        Assert.All(audit, a => Assert.Equal(item.Id, a.FeedbackId));
        Assert.Equal(audit.Count, audit.Select(a => a.Id).Distinct().Count());
    }

    private static PaknDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(provider, connectionString);
        return new PaknDbContext(options.Options);
    }
}
