using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pakn.Host.Tests;

/// <summary>A citizen's item goes in through the REST API and comes out routed, assigned and on the clock.</summary>
public sealed partial class FeedbackIntakeTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string StreetLights = "Đèn đường ở kiệt 45 Nguyễn Văn Linh hỏng cả tuần";
    private const string ContactName = "Nguyễn Thị Mai";
    private const string ContactPhone = "0905 123 456";

    [Fact]
    public async Task Should_accept_with_tracking_code_and_location_when_content_is_valid()
    {
        var client = factory.CreateClient();

        using var response = await client.PostFeedbackAsync(StreetLightsFiling());
        var json = await PaknClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var code = json.GetProperty("trackingCode").GetString()!;
        Assert.Matches(TrackingCodePattern(), code);
        Assert.Equal($"/api/feedback/{code}", response.Headers.Location?.OriginalString);
        Assert.Equal($"/api/feedback/{code}", json.GetProperty("statusUrl").GetString());
        Assert.Contains(code, json.GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertNoFiledData(json);
    }

    [Fact]
    public async Task Should_assign_street_lights_to_ward_committee_with_24h_clock_when_area_is_given()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(StreetLightsFiling());

        var status = await client.WaitUntilRoutedAsync(code);

        Assert.Equal(code, status.GetProperty("trackingCode").GetString());
        Assert.Equal("assigned", status.GetProperty("state").GetString());
        Assert.Equal("Đã chuyển đơn vị xử lý", status.GetProperty("stateLabel").GetString());
        Assert.Equal("api", status.GetProperty("channel").GetString());
        Assert.Equal("DO_THI", status.GetProperty("field").GetProperty("code").GetString());
        Assert.Equal("Hạ tầng và trật tự đô thị", status.GetProperty("field").GetProperty("name").GetString());
        Assert.Equal("UBND_P_HAI_CHAU", status.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("Ủy ban nhân dân phường Hải Châu", status.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal("Phường Hải Châu", status.GetProperty("area").GetString());
        var receivedAt = status.GetProperty("receivedAt").GetDateTimeOffset();
        Assert.Equal(receivedAt.AddHours(24), status.GetProperty("firstResponseDueAt").GetDateTimeOffset());
        Assert.True(status.GetProperty("resolutionDueAt").GetDateTimeOffset() > receivedAt.AddHours(24));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("answer").ValueKind);
        AssertNoFiledData(status);
    }

    [Fact]
    public async Task Should_route_the_same_when_text_and_area_are_typed_without_diacritics()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = "den duong hong, toi om", area = "hai chau" });

        var status = await client.WaitUntilRoutedAsync(code);

        Assert.Equal("assigned", status.GetProperty("state").GetString());
        Assert.Equal("DO_THI", status.GetProperty("field").GetProperty("code").GetString());
        Assert.Equal("UBND_P_HAI_CHAU", status.GetProperty("unit").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_store_contact_and_content_but_never_show_them_when_status_is_read()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(StreetLightsFiling());
        await client.WaitUntilRoutedAsync(code);

        using var response = await client.GetAsync($"/api/feedback/{code}", TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(StreetLights, await factory.StoredContentAsync(code));
        AssertNoFiledData(await PaknClient.ReadJsonAsync(response));
        Assert.DoesNotContain("0905", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("content", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_accept_when_content_is_10000_Vietnamese_letters_escaped_by_the_client()
    {
        // The longest legal content in the worst encoding a JSON client produces (every letter
        // escaped as \uXXXX, as System.Text.Json does) must still fit under the 64 KB body cap.
        var client = factory.CreateClient();
        var content = new string('ế', 10_000);

        var code = await client.SubmitAsync(new { content, area = "Hải Châu" });

        Assert.Equal(content, await factory.StoredContentAsync(code));
    }

    [Fact]
    public async Task Should_route_every_item_when_many_arrive_at_once()
    {
        var client = factory.CreateClient();

        var codes = await Task.WhenAll(Enumerable.Range(1, 30).Select(i =>
            client.SubmitAsync(new { content = $"Đèn đường hỏng trước nhà số {i}", area = i % 2 == 0 ? "Hải Châu" : "Thanh Khê" })));
        var routed = await Task.WhenAll(codes.Select(code =>
            client.WaitForStatusAsync(code, s => s.GetProperty("state").GetString() == "assigned")));

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(routed, s => Assert.Equal("DO_THI", s.GetProperty("field").GetProperty("code").GetString()));
        Assert.Equal(15, routed.Count(s => s.GetProperty("unit").GetProperty("code").GetString() == "UBND_P_THANH_KHE"));
    }

    private static object StreetLightsFiling() => new
    {
        content = StreetLights,
        area = "Hải Châu",
        contact = new { name = ContactName, phone = ContactPhone },
    };

    private static void AssertNoFiledData(JsonElement json)
    {
        var strings = PaknClient.AllStrings(json);
        Assert.DoesNotContain(ContactName, strings, StringComparison.Ordinal);
        Assert.DoesNotContain(ContactPhone, strings, StringComparison.Ordinal);
        Assert.DoesNotContain("0905123456", strings, StringComparison.Ordinal);
        Assert.DoesNotContain(StreetLights, strings, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn Linh", strings, StringComparison.Ordinal);
    }

    [GeneratedRegex("^PA-[2-9A-Z]{4}-[2-9A-Z]{4}$")]
    private static partial Regex TrackingCodePattern();
}
