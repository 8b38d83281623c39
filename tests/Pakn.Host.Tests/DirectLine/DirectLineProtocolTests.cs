using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pakn.Bot.DirectLine;
using Pakn.Core.Hosting;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>The Direct Line 3.0 REST surface as Web Chat and directlinejs use it, through the real host.</summary>
public sealed class DirectLineProtocolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_greet_once_after_the_join_event_however_often_the_page_sends_it()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        var join = new { type = "event", name = "webchat/join", from = new { id = "dl_citizen" }, value = new { language = "vi-VN" } };
        var eventId = await conversation.PostAsync(join);
        await conversation.PostAsync(join); // a reconnecting page joins again

        var (activities, watermark) = await conversation.GetAsync();
        Assert.Equal(3, activities.Count);
        Assert.Equal("3", watermark);
        var greeting = activities.Single(a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        Assert.Equal(ScriptedConversationEngine.Greeting, greeting.GetProperty("text").GetString());
        Assert.Equal(eventId, greeting.GetProperty("replyToId").GetString());
        Assert.Equal(conversation.Id, greeting.GetProperty("conversation").GetProperty("id").GetString());
        var actions = greeting.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Gửi phản ánh", "Tra cứu"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("messageBack", actions[0].GetProperty("type").GetString());
        Assert.Equal("file", actions[0].GetProperty("value").GetString());
        Assert.Single(host.Engine.Starts);
    }

    [Fact]
    public async Task Should_echo_the_message_with_its_client_activity_id_before_the_answer()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        var id = await conversation.SayAsync("Đèn đường hỏng <script>alert(1)</script>", "web-chat-1");

        var (activities, _) = await conversation.GetAsync();
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.StartsWith(conversation.Id + "|", id, StringComparison.Ordinal);
        Assert.Equal("web-chat-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.True(echo.TryGetProperty("timestamp", out _));
        Assert.Equal("Bạn vừa nói: Đèn đường hỏng <script>alert(1)</script>", activities[1].GetProperty("text").GetString());
        Assert.Equal(id, activities[1].GetProperty("replyToId").GetString());
        var turn = Assert.Single(host.Engine.Turns);
        Assert.Equal(id, turn.TurnId);
        Assert.Equal(conversation.Id, turn.ConversationId);
    }

    [Fact]
    public async Task Should_pass_the_quick_reply_value_to_the_engine_and_show_the_card_with_its_buttons()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        await conversation.PostAsync(new
        {
            type = "message",
            from = new { id = "dl_citizen" },
            text = "Gửi phản ánh",
            value = "file",
            channelData = new { clientActivityID = "c1", messageBack = new { displayText = "Gửi phản ánh" } },
        });
        await conversation.SayAsync("tóm tắt", "c2");

        Assert.Equal("file", host.Engine.Turns.First().Value);
        var (activities, _) = await conversation.GetAsync();
        var card = activities[^1];
        var attachment = Assert.Single(card.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Contains("Hải Châu", attachment.GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.Equal("confirm", card.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Should_store_a_retried_post_once_and_answer_it_once_when_the_client_activity_id_repeats()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        var first = await conversation.SayAsync("Cống bị tắc", "retry-me");
        var retries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => conversation.SayAsync("Cống bị tắc", "retry-me")));

        Assert.All(retries, id => Assert.Equal(first, id));
        var (activities, _) = await conversation.GetAsync();
        Assert.Equal(2, activities.Count);
        Assert.Single(host.Engine.Turns);
    }

    [Fact]
    public async Task Should_number_activities_without_gaps_and_page_by_watermark_when_many_posts_race()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        var ids = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => conversation.SayAsync($"tin {i}", $"race-{i}")));

        var (all, watermark) = await conversation.GetAsync();
        Assert.Equal(24, all.Count);
        Assert.Equal("24", watermark);
        Assert.Equal(Enumerable.Range(1, 24).Select(i => $"{conversation.Id}|{i:D7}"), all.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(ids.Order(), all.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "user").Select(a => a.GetProperty("id").GetString()!).Order());

        var (later, sameWatermark) = await conversation.GetAsync("20");
        Assert.Equal(4, later.Count);
        Assert.Equal("24", sameWatermark);
        var (none, unchanged) = await conversation.GetAsync("24");
        Assert.Empty(none);
        Assert.Equal("24", unchanged);
    }

    [Fact]
    public async Task Should_refuse_a_token_of_another_conversation_everywhere()
    {
        await using var host = new DirectLineHost();
        var mine = await host.StartAsync();
        var theirs = await host.StartAsync();
        await theirs.SayAsync("Số điện thoại của tôi là 0905123456", "secret-1");

        using var read = await mine.Client.GetAsync($"{theirs.Path}/activities", Ct);
        using var resume = await mine.Client.GetAsync(theirs.Path, Ct);
        using var post = await mine.Client.PostAsJsonAsync($"{theirs.Path}/activities", new { type = "message", text = "x" }, Ct);
        using var stream = await host.Client().GetAsync($"{theirs.Path}/stream?t={Uri.EscapeDataString(mine.Token)}", Ct);
        using var forged = await host.Client(mine.Token[..^4] + "AAAA").GetAsync($"{mine.Path}/activities", Ct);
        using var none = await host.Client().GetAsync($"{mine.Path}/activities", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stream.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.DoesNotContain("0905123456", await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("không dành cho cuộc trò chuyện này", await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Single(host.Engine.Turns);
    }

    [Fact]
    public async Task Should_refuse_an_expired_token_with_403_and_accept_its_refreshed_successor()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();
        var pakn = host.Factory.Services.GetRequiredService<IOptions<PaknOptions>>();
        var lastHour = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var stale = new DirectLineTokens(Options.Create(new DirectLineOptions { Secret = DirectLineHost.Secret }), pakn, lastHour)
            .Issue(conversation.Id, "dl_citizen");

        using var expired = await host.Client(stale).GetAsync($"{conversation.Path}/activities", Ct);
        using var refreshExpired = await host.Client(stale).PostAsync("/v3/directline/tokens/refresh", null, Ct);
        using var refreshed = await conversation.Client.PostAsync("/v3/directline/tokens/refresh", null, Ct);
        var successor = (await refreshed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString()!;
        using var withSuccessor = await host.Client(successor).GetAsync($"{conversation.Path}/activities", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("TokenExpired", await expired.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refreshExpired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSuccessor.StatusCode);
    }

    [Fact]
    public async Task Should_generate_tokens_only_with_the_secret_and_resume_with_a_fresh_stream_url()
    {
        await using var host = new DirectLineHost();
        using var generated = await host.Client(DirectLineHost.Secret).PostAsJsonAsync("/v3/directline/tokens/generate", new { user = new { id = "dl_a" } }, Ct);
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var token = body.GetProperty("token").GetString()!;
        var conversationId = body.GetProperty("conversationId").GetString()!;
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());

        using var byToken = await host.Client(token).PostAsync("/v3/directline/tokens/generate", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, byToken.StatusCode);

        using var unknown = await host.Client(token).GetAsync($"/v3/directline/conversations/{conversationId}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var started = await host.Client(token).PostAsync("/v3/directline/conversations", null, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        using var again = await host.Client(token).PostAsync("/v3/directline/conversations", null, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversationId, (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("conversationId").GetString());

        using var resumed = await host.Client(token).GetAsync($"/v3/directline/conversations/{conversationId}?watermark=7", Ct);
        var stream = (await resumed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("streamUrl").GetString()!;
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversationId}/stream?t=", stream, StringComparison.Ordinal);
        Assert.EndsWith("&watermark=7", stream, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_bad_input_in_vietnamese_and_store_nothing()
    {
        await using var host = new DirectLineHost();
        var conversation = await host.StartAsync();

        using var notJson = await conversation.Client.PostAsync($"{conversation.Path}/activities", new StringContent("{type:", System.Text.Encoding.UTF8, "application/json"), Ct);
        using var noType = await conversation.Client.PostAsJsonAsync($"{conversation.Path}/activities", new { text = "xin chào" }, Ct);
        using var huge = await conversation.Client.PostAsJsonAsync($"{conversation.Path}/activities", new { type = "message", text = new string('a', 300_000) }, Ct);
        using var badWatermark = await conversation.Client.GetAsync($"{conversation.Path}/activities?watermark=abc", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("JSON hợp lệ", await notJson.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Empty((await conversation.GetAsync()).Activities);
        Assert.Empty(host.Engine.Turns);
    }

    [Fact]
    public async Task Should_allow_cross_origin_calls_with_the_headers_directlinejs_sends()
    {
        await using var host = new DirectLineHost();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations/abc/activities");
        preflight.Headers.Add("Origin", "https://danang.gov.vn");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await host.Client().SendAsync(preflight, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed, StringComparison.Ordinal);
        Assert.Contains("x-ms-bot-agent", allowed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_limit_web_chat_tokens_per_client_address()
    {
        await using var host = new DirectLineHost(new Dictionary<string, string?> { ["Pakn:DirectLine:TokensPerMinute"] = "3" });
        var client = host.Client();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.PostAsync("/api/webchat/token", null, Ct);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.PostAsync("/api/webchat/token", null, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
