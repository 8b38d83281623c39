using System.Net;

namespace Pakn.Host.Tests.DirectLine;

/// <summary>The chat page and the Web Chat bundle the build copied from npm, served by the host itself.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task Should_serve_the_vietnamese_page_at_the_root_with_the_bundle_from_the_host_and_nothing_from_a_cdn()
    {
        await using var host = new DirectLineHost();
        var client = host.Client();
        var ct = TestContext.Current.CancellationToken;

        using var page = await client.GetAsync("/", ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        using var bundle = await client.GetAsync("/webchat/webchat.js?v=4.18.1", ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/webchat/webchat.js", html, StringComparison.Ordinal);
        Assert.Contains("/api/webchat/token", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DirectLineHost.Secret, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the full Web Chat bundle is a few megabytes");
    }
}
