using System.Net;
using System.Text;

namespace Pakn.Host.Tests;

/// <summary>
/// Every refusal is a problem+json answer with a Vietnamese title, and stores nothing: no item,
/// no audit entry, no outbox event. Nothing in this class is ever accepted, so the counts are
/// exact.
/// </summary>
public sealed class FeedbackValidationTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string Invalid = "Thông tin gửi lên chưa hợp lệ";
    private const string BadJson = "Dữ liệu JSON không hợp lệ";

    public static TheoryData<string, string, string, string?> RefusedBodies => new()
    {
        // case, JSON body, expected title, field the error is keyed by
        { "empty content", """{"content":""}""", Invalid, "content" },
        { "no content", """{"area":"Hải Châu"}""", Invalid, "content" },
        { "whitespace content", """{"content":"   \t\n  "}""", Invalid, "content" },
        { "10,001 characters", $$"""{"content":"{{new string('a', 10_001)}}"}""", Invalid, "content" },
        { "control character", """{"content":"Đèn đường hỏng\u0007"}""", Invalid, "content" },
        { "unknown area", """{"content":"Đèn đường hỏng","area":"Quận 13"}""", Invalid, "area" },
        { "bad phone", """{"content":"Đèn đường hỏng","contact":{"name":"Mai","phone":"12345"}}""", Invalid, "contact.phone" },
        { "bad email", """{"content":"Đèn đường hỏng","contact":{"email":"mai@"}}""", Invalid, "contact.email" },
        { "unknown channel", """{"content":"Đèn đường hỏng","channel":"telegram"}""", Invalid, "channel" },
        { "latitude without longitude", """{"content":"Đèn đường hỏng","latitude":16.06}""", Invalid, "latitude" },
        { "malformed JSON", """{"content":""", BadJson, null },
        { "array instead of object", """[{"content":"Đèn đường hỏng"}]""", BadJson, null },
        { "string where a number belongs", """{"content":"Đèn đường hỏng","latitude":"abc","longitude":108.2}""", BadJson, null },
        { "nesting too deep", """{"content":"Đèn đường hỏng","extra":[[[[[[[[[[1]]]]]]]]]]}""", BadJson, null },
        { "JSON null", "null", "Dữ liệu không hợp lệ", null },
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task Should_refuse_with_Vietnamese_problem_and_store_nothing_when_body_is_invalid(
        string @case, string body, string title, string? errorKey)
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();

        using var response = await client.PostRawAsync("/api/feedback", body);
        var json = await PaknClient.ReadJsonAsync(response);

        PaknClient.AssertProblem(response, json, HttpStatusCode.BadRequest, title);
        if (errorKey is not null)
        {
            var errors = json.GetProperty("errors");
            Assert.Equal([errorKey], errors.EnumerateObject().Select(e => e.Name));
            Assert.NotEmpty(errors.GetProperty(errorKey).EnumerateArray());
        }

        Assert.True(before == await factory.CountStoredAsync(), $"{@case}: something was stored");
    }

    [Fact]
    public async Task Should_refuse_with_415_when_content_type_is_not_JSON()
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();

        using var response = await client.PostRawAsync("/api/feedback", """{"content":"Đèn đường hỏng"}""", "text/plain");

        PaknClient.AssertProblem(response, await PaknClient.ReadJsonAsync(response), HttpStatusCode.UnsupportedMediaType, "Sai định dạng dữ liệu");
        Assert.Equal(before, await factory.CountStoredAsync());
    }

    [Fact]
    public async Task Should_refuse_with_413_when_body_is_over_64_KB()
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();

        using var response = await client.PostRawAsync("/api/feedback", $$"""{"content":"{{new string('a', 64 * 1024)}}"}""");

        PaknClient.AssertProblem(response, await PaknClient.ReadJsonAsync(response), HttpStatusCode.RequestEntityTooLarge, "Dữ liệu quá lớn");
        Assert.Equal(before, await factory.CountStoredAsync());
    }

    [Fact]
    public async Task Should_refuse_with_413_when_body_over_64_KB_comes_without_length()
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes($$"""{"content":"{{new string('a', 100 * 1024)}}"}"""));

        using var response = await client.PostAsync("/api/feedback", content, TestContext.Current.CancellationToken);

        PaknClient.AssertProblem(response, await PaknClient.ReadJsonAsync(response), HttpStatusCode.RequestEntityTooLarge, "Dữ liệu quá lớn");
        Assert.Equal(before, await factory.CountStoredAsync());
    }

    [Fact]
    public async Task Should_refuse_with_400_when_body_is_empty()
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();

        using var response = await client.PostRawAsync("/api/feedback", "");

        PaknClient.AssertProblem(response, await PaknClient.ReadJsonAsync(response), HttpStatusCode.BadRequest, "Thiếu dữ liệu");
        Assert.Equal(before, await factory.CountStoredAsync());
    }

    /// <summary>A body streamed without Content-Length, so only the read loop can stop it.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 4096)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(4096, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
