using System.Net;

namespace Pakn.Host.Tests;

/// <summary>One client cannot flood intake: the limit covers the REST API and Open311 alike.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Should_refuse_with_429_and_store_nothing_when_fourth_submission_comes_within_a_minute()
    {
        await using var factory = PaknWebFactory.With(new Dictionary<string, string?>
        {
            ["Pakn:RateLimits:SubmissionsPerMinute"] = "3",
        });
        var client = factory.CreateClient();
        for (var i = 1; i <= 3; i++)
        {
            await client.SubmitAsync(new { content = $"Đèn đường hỏng, lần {i}", area = "Hải Châu" });
        }

        using var fourth = await client.PostFeedbackAsync(new { content = "Đèn đường hỏng, lần 4", area = "Hải Châu" });
        using var open311 = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "demo-open311-key",
            ["service_code"] = "DO_THI",
            ["description"] = "Đèn đường hỏng, lần 5",
            ["area"] = "Hải Châu",
        }), TestContext.Current.CancellationToken);

        var json = await PaknClient.ReadJsonAsync(fourth);
        PaknClient.AssertProblem(fourth, json, HttpStatusCode.TooManyRequests, "Gửi quá nhiều yêu cầu");
        Assert.Contains("một phút", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, open311.StatusCode);
        Assert.Equal(3, (await factory.CountStoredAsync()).Feedback);

        // Reading is not limited: a citizen may look up as often as they like.
        var (status, _) = await client.GetJsonAsync("/open311/v2/services.json");
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
