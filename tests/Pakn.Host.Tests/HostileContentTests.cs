using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pakn.Host.Tests;

/// <summary>
/// Markup and SQL are just text to intake: accepted, stored byte for byte, and never echoed
/// into a page where a browser would run them.
/// </summary>
public sealed class HostileContentTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string Markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Theory]
    [InlineData(Markup)]
    [InlineData("'; DROP TABLE \"Feedback\"; --")]
    [InlineData("Robert'); DELETE FROM Feedback WHERE '1'='1'; -- đèn đường hỏng")]
    public async Task Should_accept_and_store_verbatim_when_content_looks_like_code(string content)
    {
        var client = factory.CreateClient();

        var code = await client.SubmitAsync(new { content, title = content, area = "Hải Châu" });

        Assert.Equal(content, await factory.StoredContentAsync(code));
        Assert.NotEqual(0, (await factory.CountStoredAsync()).Feedback);
    }

    [Fact]
    public async Task Should_not_render_markup_when_tracking_page_shows_item_filed_with_markup()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = Markup, title = Markup, address = Markup, area = "Hải Châu" });
        await client.WaitUntilRoutedAsync(code);

        using var response = await client.GetAsync($"/tra-cuu/{code}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(code, html, StringComparison.Ordinal);
        AssertNoMarkup(html);
    }

    [Theory]
    [InlineData("/tra-cuu/%3Cscript%3E")]
    [InlineData("/tra-cuu/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/tra-cuu/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("/tra-cuu?ma=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/tra-cuu?ma=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    public async Task Should_not_reflect_markup_when_tracking_code_is_markup(string path)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mã tra cứu không hợp lệ", html, StringComparison.Ordinal);
        AssertNoMarkup(html);
    }

    [Fact]
    public async Task Should_redirect_to_encoded_path_when_lookup_form_is_sent_with_markup()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/tra-cuu?ma=%3Cscript%3Ealert(1)%3C%2Fscript%3E", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith("/tra-cuu/", location, StringComparison.Ordinal);
        Assert.DoesNotContain("<", location, StringComparison.Ordinal);
        Assert.DoesNotContain(">", location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("../../admin")]
    public async Task Should_stay_on_tracking_pages_when_lookup_value_is_a_url(string value)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/tra-cuu?ma={Uri.EscapeDataString(value)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        // One relative path, one segment under /tra-cuu/ that is not a dot segment: a browser
        // cannot resolve it to another page or another host.
        var segments = location.Split('/');
        Assert.Equal(3, segments.Length);
        Assert.Equal(["", "tra-cuu"], segments[..2]);
        Assert.False(segments[2] is "" or "." or "..", $"dot segment in {location}");
        Assert.DoesNotContain("\\", location, StringComparison.Ordinal);
        Assert.DoesNotContain(":", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_reflect_markup_when_status_api_gets_markup_code()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/feedback/%3Cscript%3Ealert(1)%3C%2Fscript%3E", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script", PaknClient.AllStrings(await PaknClient.ReadJsonAsync(response)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNoMarkup(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(", html, StringComparison.OrdinalIgnoreCase);
    }
}
