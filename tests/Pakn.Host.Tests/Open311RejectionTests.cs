using System.Net;
using System.Text.Json;

namespace Pakn.Host.Tests;

/// <summary>Open311 creations refused for a key or a code store nothing; nothing here is ever accepted.</summary>
public sealed class Open311RejectionTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    public static TheoryData<string, string?, string, HttpStatusCode> Refusals => new()
    {
        // case, api_key (null: left out), service_code, expected status
        { "missing api_key", null, "MOI_TRUONG", HttpStatusCode.Forbidden },
        { "empty api_key", "", "MOI_TRUONG", HttpStatusCode.Forbidden },
        { "wrong api_key", "demo-open311-kez", "MOI_TRUONG", HttpStatusCode.Forbidden },
        { "api_key with extra text", "demo-open311-key ", "MOI_TRUONG", HttpStatusCode.Forbidden },
        { "unknown service_code", "demo-open311-key", "NOPE", HttpStatusCode.BadRequest },
        { "missing service_code", "demo-open311-key", "", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Should_refuse_and_store_nothing_when_form_is_not_acceptable(
        string @case, string? apiKey, string serviceCode, HttpStatusCode expected)
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();
        var form = new Dictionary<string, string>
        {
            ["service_code"] = serviceCode,
            ["description"] = "Rác thải tồn đọng, bốc mùi hôi",
            ["area"] = "Thanh Khê",
        };
        if (apiKey is not null)
        {
            form["api_key"] = apiKey;
        }

        using var response = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        var json = await PaknClient.ReadJsonAsync(response);

        Assert.Equal(expected, response.StatusCode);
        var error = Assert.Single(json.EnumerateArray());
        Assert.Equal((int)expected, error.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("description").GetString()));
        Assert.True(before == await factory.CountStoredAsync(), $"{@case}: something was stored");
    }

    [Fact]
    public async Task Should_refuse_with_403_when_JSON_body_has_wrong_key()
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();

        using var response = await client.PostRawAsync("/open311/v2/requests.json",
            """{"api_key":"nope","service_code":"MOI_TRUONG","description":"Rác thải","area":"Thanh Khê"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await factory.CountStoredAsync());
    }

    [Theory]
    [InlineData("""{"api_key":"demo-open311-key","service_code":""", "application/json")]
    [InlineData("""[1,2]""", "application/json")]
    [InlineData("""{"api_key":"demo-open311-key","service_code":"MOI_TRUONG","description":"Rác thải","lat":"abc","long":"108.2"}""", "application/json")]
    public async Task Should_refuse_with_400_and_store_nothing_when_body_is_unreadable(string body, string contentType)
    {
        var client = factory.CreateClient();
        var before = await factory.CountStoredAsync();

        using var response = await client.PostRawAsync("/open311/v2/requests.json", body, contentType);
        var json = await PaknClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(400, json[0].GetProperty("code").GetInt32());
        Assert.Equal(before, await factory.CountStoredAsync());
    }
}
