using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Hosting;
using Pakn.Core.Intake;
using Pakn.Core.Outbox;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class FeedbackIntakeTests : IAsyncDisposable
{
    private const string Content = "Đèn chiếu sáng trên đường Bạch Đằng bị hỏng nhiều ngày, buổi tối rất tối và nguy hiểm.";

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 2, 15, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;
    private readonly AreaDirectory _areas;

    public FeedbackIntakeTests()
    {
        _services = _database.CreateServices();
        _areas = new AreaDirectory(_services.GetRequiredService<IServiceScopeFactory>(), _time);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Should_store_item_audit_and_event_in_one_save_when_submission_is_valid()
    {
        var saves = new SaveRecorder();

        var result = await SubmitAsync(Valid(), saves);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.True(TrackingCode.TryNormalize(result.TrackingCode, out var canonical));
        Assert.Equal(canonical, result.TrackingCode);

        await using var db = _database.CreateContext();
        var item = await db.Feedback.Include(f => f.Audit).SingleAsync(Ct);
        Assert.Equal(result.FeedbackId, item.Id);
        Assert.Equal(result.TrackingCode, item.TrackingCode);
        Assert.Equal(FeedbackState.Received, item.State);
        Assert.Equal(Channel.Api, item.Channel);
        Assert.Equal(Content, item.Content);
        Assert.Equal("Đèn đường hỏng", item.Title);
        Assert.Equal("P_HAI_CHAU", item.AreaCode);
        Assert.Equal("Đường Bạch Đằng, đoạn trước số 100", item.Address);
        Assert.Equal(16.0678, item.Latitude);
        Assert.Equal(108.2240, item.Longitude);
        Assert.Equal("Nguyễn Văn An", item.Contact.Name);
        Assert.Equal("0905123456", item.Contact.Phone);
        Assert.Equal("an.nguyen@example.com", item.Contact.Email);
        Assert.True(item.Contact.Consent);
        Assert.Equal(_time.GetUtcNow(), item.ReceivedAt);
        var entry = Assert.Single(item.Audit);
        Assert.Null(entry.FromState);
        Assert.Equal(FeedbackState.Received, entry.ToState);
        Assert.Equal(Actors.Citizen, entry.Actor);

        var message = await db.OutboxMessages.SingleAsync(Ct);
        Assert.Equal(typeof(FeedbackReceived).FullName, message.MessageType);
        Assert.Equal(_time.GetUtcNow(), message.CreatedAt);
        Assert.Null(message.ClaimedUntil);
        using var body = JsonDocument.Parse(message.Body);
        Assert.Equal(item.Id, body.RootElement.GetProperty("feedbackId").GetGuid());
        Assert.Equal(item.TrackingCode, body.RootElement.GetProperty("trackingCode").GetString());
        Assert.Equal("P_HAI_CHAU", body.RootElement.GetProperty("areaCode").GetString());
        Assert.Equal("Api", body.RootElement.GetProperty("channel").GetString());

        var save = Assert.Single(saves.Saves);
        Assert.Contains(typeof(FeedbackItem), save);
        Assert.Contains(typeof(AuditEntry), save);
        Assert.Contains(typeof(OutboxMessage), save);
    }

    [Fact]
    public async Task Should_store_neither_item_nor_event_when_the_event_cannot_be_written()
    {
        var failing = new FailOutboxInsert();

        await Assert.ThrowsAsync<DbUpdateException>(() => SubmitAsync(Valid(), failing));

        // The intake retries a failed save twice (a tracking-code collision gets a fresh code).
        Assert.Equal(3, failing.Attempts);
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("P_HAI_CHAU", "P_HAI_CHAU")]
    [InlineData("p_hai_chau", "P_HAI_CHAU")]
    [InlineData("Phường Hải Châu", "P_HAI_CHAU")]
    [InlineData("phuong hai chau", "P_HAI_CHAU")]
    [InlineData("Hải Châu", "P_HAI_CHAU")]
    [InlineData("hai chau", "P_HAI_CHAU")]
    [InlineData("HẢI CHÂU", "P_HAI_CHAU")]
    [InlineData("P. Hải Châu", "P_HAI_CHAU")]
    [InlineData("  p hai chau  ", "P_HAI_CHAU")]
    [InlineData("Ha\u0309i Cha\u0302u", "P_HAI_CHAU")]
    [InlineData("Xã Hòa Vang", "X_HOA_VANG")]
    [InlineData("Hoà Vang", "X_HOA_VANG")]
    [InlineData("x. hoa vang", "X_HOA_VANG")]
    [InlineData("ngu hanh son", "P_NGU_HANH_SON")]
    public async Task Should_match_the_area_when_written_by_code_or_name(string area, string expectedCode)
    {
        var result = await SubmitAsync(Valid() with { Area = area });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        await using var db = _database.CreateContext();
        Assert.Equal(expectedCode, await db.Feedback.Select(f => f.AreaCode).SingleAsync(Ct));
        using var body = JsonDocument.Parse(await db.OutboxMessages.Select(m => m.Body).SingleAsync(Ct));
        Assert.Equal(expectedCode, body.RootElement.GetProperty("areaCode").GetString());
    }

    [Fact]
    public async Task Should_store_without_area_when_none_is_given()
    {
        var result = await SubmitAsync(Valid() with { Area = "   " });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        Assert.Null(await db.Feedback.Select(f => f.AreaCode).SingleAsync(Ct));
    }

    [Theory]
    [InlineData("empty content", "content", "Vui lòng nhập nội dung")]
    [InlineData("missing content", "content", "Vui lòng nhập nội dung")]
    [InlineData("whitespace content", "content", "Vui lòng nhập nội dung")]
    [InlineData("invisible content", "content", "Vui lòng nhập nội dung")]
    [InlineData("content too long", "content", "tối đa 10.000 ký tự, hiện có 10.001 ký tự")]
    [InlineData("control character", "content", "ký tự điều khiển")]
    [InlineData("title too long", "title", "Tiêu đề quá dài")]
    [InlineData("unknown area", "area", "Không tìm thấy phường/xã “Phường Không Tồn Tại”")]
    [InlineData("abolished district", "area", "Không tìm thấy phường/xã")]
    [InlineData("area too long", "area", "Không tìm thấy phường/xã")]
    [InlineData("bad phone", "contact.phone", "Số điện thoại không hợp lệ")]
    [InlineData("old mobile prefix", "contact.phone", "Số điện thoại không hợp lệ")]
    [InlineData("bad email", "contact.email", "Địa chỉ email không hợp lệ")]
    [InlineData("email with display name", "contact.email", "Địa chỉ email không hợp lệ")]
    [InlineData("email without domain dot", "contact.email", "Địa chỉ email không hợp lệ")]
    [InlineData("control character in name", "contact.name", "ký tự điều khiển")]
    [InlineData("latitude without longitude", "latitude", "Cần nhập cả vĩ độ và kinh độ")]
    [InlineData("longitude without latitude", "latitude", "Cần nhập cả vĩ độ và kinh độ")]
    [InlineData("latitude 91", "latitude", "Vĩ độ phải nằm trong khoảng -90 đến 90")]
    [InlineData("latitude NaN", "latitude", "Vĩ độ phải nằm trong khoảng -90 đến 90")]
    [InlineData("longitude 181", "longitude", "Kinh độ phải nằm trong khoảng -180 đến 180")]
    [InlineData("unknown field", "service_code", "Không có lĩnh vực với mã “khong_co”")]
    public async Task Should_store_nothing_and_explain_in_Vietnamese_when_input_is_invalid(string invalid, string key, string expected)
    {
        var result = await SubmitAsync(Invalid(invalid));

        Assert.False(result.Succeeded);
        Assert.Null(result.FeedbackId);
        Assert.Null(result.TrackingCode);
        var (errorKey, messages) = Assert.Single(result.Errors);
        Assert.Equal(key, errorKey);
        var message = Assert.Single(messages);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.True(IsVietnamese(message), $"Not Vietnamese: {message}");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Should_report_every_problem_at_once_when_several_inputs_are_invalid()
    {
        var result = await SubmitAsync(new SubmitFeedback
        {
            Content = " ",
            Area = "Quận Hải Châu",
            Latitude = 91,
            Longitude = 108,
            Contact = new SubmittedContact { Phone = "12345", Email = "khong-phai-email" },
        });

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["area", "contact.email", "contact.phone", "content", "latitude"],
            result.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Should_accept_content_when_it_is_exactly_at_the_limit()
    {
        var content = new string('x', FeedbackLimits.ContentMaxLength);

        var result = await SubmitAsync(Valid() with { Content = content });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        Assert.Equal(content, await db.Feedback.Select(f => f.Content).SingleAsync(Ct));
    }

    [Fact]
    public async Task Should_strip_zero_width_and_bidi_characters_when_storing()
    {
        var result = await SubmitAsync(Valid() with
        {
            Content = "\u200BCống thoát nước\u202E bị tắc\u200D trước nhà\uFEFF",
            Title = "Cống\u200C tắc",
            Contact = new SubmittedContact { Name = "Trần\u202E Thị\u2066 Bình\u2069" },
        });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var item = await db.Feedback.SingleAsync(Ct);
        Assert.Equal("Cống thoát nước bị tắc trước nhà", item.Content);
        Assert.Equal("Cống tắc", item.Title);
        Assert.Equal("Trần Thị Bình", item.Contact.Name);
    }

    [Fact]
    public async Task Should_store_composed_text_when_input_is_decomposed()
    {
        var result = await SubmitAsync(Valid() with { Content = Content.Normalize(NormalizationForm.FormD) });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var stored = await db.Feedback.Select(f => f.Content).SingleAsync(Ct);
        Assert.Equal(Content.Normalize(NormalizationForm.FormC), stored);
        Assert.True(stored.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE Feedback; --")]
    [InlineData("Robert'); DELETE FROM \"OutboxMessages\"; --")]
    [InlineData("{{7*7}} ${jndi:ldap://example.invalid/a} %s%s%n")]
    public async Task Should_store_hostile_content_verbatim_when_submitted(string hostile)
    {
        var result = await SubmitAsync(Valid() with { Content = hostile, Title = hostile, Address = hostile });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var item = await db.Feedback.SingleAsync(Ct);
        Assert.Equal(hostile, item.Content);
        Assert.Equal(hostile, item.Title);
        Assert.Equal(hostile, item.Address);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(Ct));
        Assert.Equal(11, await db.Areas.CountAsync(Ct));
    }

    [Fact]
    public async Task Should_normalise_phone_and_lowercase_email_when_storing_contact()
    {
        var result = await SubmitAsync(Valid() with
        {
            Contact = new SubmittedContact { Phone = "+84 236 3821 234", Email = "An.Nguyen@Example.COM", Address = "12 Trần Phú" },
        });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var contact = (await db.Feedback.SingleAsync(Ct)).Contact;
        Assert.Equal("02363821234", contact.Phone);
        Assert.Equal("an.nguyen@example.com", contact.Email);
        Assert.Equal("12 Trần Phú", contact.Address);
        Assert.Null(contact.Name);
    }

    [Theory]
    [InlineData("name only", true)]
    [InlineData("phone only", true)]
    [InlineData("details with consent", true)]
    [InlineData("details without consent", false)]
    [InlineData("no contact", false)]
    [InlineData("empty contact", false)]
    [InlineData("blank contact with consent", false)]
    public async Task Should_default_consent_to_whether_contact_details_were_given(string contact, bool expectedConsent)
    {
        var submitted = contact switch
        {
            "name only" => new SubmittedContact { Name = "Lê Thị Hoa" },
            "phone only" => new SubmittedContact { Phone = "0905123456" },
            "details with consent" => new SubmittedContact { Name = "Lê Thị Hoa", Consent = true },
            "details without consent" => new SubmittedContact { Name = "Lê Thị Hoa", Consent = false },
            "no contact" => null,
            "empty contact" => new SubmittedContact(),
            _ => new SubmittedContact { Name = "  ", Phone = "\u200B", Consent = true },
        };

        var result = await SubmitAsync(Valid() with { Contact = submitted });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var stored = (await db.Feedback.SingleAsync(Ct)).Contact;
        Assert.Equal(expectedConsent, stored.Consent);
        Assert.Equal(!expectedConsent && contact != "details without consent", stored.IsEmpty);
    }

    [Fact]
    public async Task Should_keep_the_chosen_field_and_channel_when_given()
    {
        var result = await SubmitAsync(Valid() with { FieldCode = " giao_thong ", Channel = Channel.Hotline, Actor = "canbo.tiepnhan" });

        Assert.True(result.Succeeded);
        await using var db = _database.CreateContext();
        var item = await db.Feedback.Include(f => f.Audit).SingleAsync(Ct);
        Assert.Equal("GIAO_THONG", item.FieldCode);
        Assert.Equal(Channel.Hotline, item.Channel);
        Assert.Equal("canbo.tiepnhan", Assert.Single(item.Audit).Actor);
    }

    [Fact]
    public async Task Should_give_each_submission_its_own_tracking_code()
    {
        var codes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var result = await SubmitAsync(Valid());
            codes.Add(result.TrackingCode!);
        }

        Assert.Equal(20, codes.Distinct(StringComparer.Ordinal).Count());
        await using var db = _database.CreateContext();
        Assert.Equal(20, await db.Feedback.CountAsync(Ct));
        Assert.Equal(20, await db.OutboxMessages.CountAsync(Ct));
    }

    private static SubmitFeedback Valid() => new()
    {
        Content = Content,
        Title = "Đèn đường hỏng",
        Area = "Hải Châu",
        Address = "Đường Bạch Đằng, đoạn trước số 100",
        Latitude = 16.0678,
        Longitude = 108.2240,
        Contact = new SubmittedContact { Name = "Nguyễn Văn An", Phone = "0905 123 456", Email = "an.nguyen@example.com" },
    };

    private static SubmitFeedback Invalid(string invalid) => invalid switch
    {
        "empty content" => Valid() with { Content = "" },
        "missing content" => Valid() with { Content = null },
        "whitespace content" => Valid() with { Content = " \t\r\n  " },
        "invisible content" => Valid() with { Content = "\u200B\u200D\uFEFF" },
        "content too long" => Valid() with { Content = new string('a', FeedbackLimits.ContentMaxLength + 1) },
        "control character" => Valid() with { Content = "Đèn đường hỏng\u0007" },
        "title too long" => Valid() with { Title = new string('t', FeedbackLimits.TitleMaxLength + 1) },
        "unknown area" => Valid() with { Area = "Phường Không Tồn Tại" },
        "abolished district" => Valid() with { Area = "Quận Hải Châu" },
        "area too long" => Valid() with { Area = new string('h', 129) },
        "bad phone" => Valid() with { Contact = new SubmittedContact { Phone = "12345" } },
        "old mobile prefix" => Valid() with { Contact = new SubmittedContact { Phone = "0168 123 4567" } },
        "bad email" => Valid() with { Contact = new SubmittedContact { Email = "an.nguyen@" } },
        "email with display name" => Valid() with { Contact = new SubmittedContact { Email = "An <an@example.com>" } },
        "email without domain dot" => Valid() with { Contact = new SubmittedContact { Email = "an@localhost" } },
        "control character in name" => Valid() with { Contact = new SubmittedContact { Name = "Nguyễn\u0000Văn An" } },
        "latitude without longitude" => Valid() with { Longitude = null },
        "longitude without latitude" => Valid() with { Latitude = null },
        "latitude 91" => Valid() with { Latitude = 91 },
        "latitude NaN" => Valid() with { Latitude = double.NaN },
        "longitude 181" => Valid() with { Longitude = 181 },
        "unknown field" => Valid() with { FieldCode = "khong_co" },
        _ => throw new ArgumentOutOfRangeException(nameof(invalid), invalid, null),
    };

    /// <summary>Vietnamese text carries diacritics; an English or empty message does not.</summary>
    private static bool IsVietnamese(string message) =>
        message.Contains('đ', StringComparison.OrdinalIgnoreCase)
        || message.Normalize(NormalizationForm.FormD).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    private async Task<IntakeResult> SubmitAsync(SubmitFeedback submission, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(DatabaseProvider.Sqlite, _database.ConnectionString);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }

        await using var db = new PaknDbContext(options.Options);
        var intake = new FeedbackIntake(db, _areas, _time);
        return await intake.SubmitAsync(submission, Ct);
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.Feedback.CountAsync(Ct));
        Assert.Equal(0, await db.AuditEntries.CountAsync(Ct));
        Assert.Equal(0, await db.OutboxMessages.CountAsync(Ct));
    }

    /// <summary>Records which entity types each SaveChanges call writes.</summary>
    private sealed class SaveRecorder : SaveChangesInterceptor
    {
        public List<HashSet<Type>> Saves { get; } = [];

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Saves.Add(eventData.Context!.ChangeTracker.Entries()
                .Where(e => e.State == EntityState.Added)
                .Select(e => e.Entity.GetType())
                .ToHashSet());
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Makes the database refuse the outbox row, as a full disk or a lost connection would.</summary>
    private sealed class FailOutboxInsert : DbCommandInterceptor
    {
        public int Attempts { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return ValueTask.FromResult(result);
        }

        private void Fail(DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO \"OutboxMessages\"", StringComparison.Ordinal))
            {
                Attempts++;
                throw new InvalidOperationException("Simulated failure while writing the outbox row.");
            }
        }
    }
}
