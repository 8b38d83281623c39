namespace Pakn.Host.Tests.DirectLine;

/// <summary>
/// Microsoft's own Direct Line client (botframework-directlinejs, from npm, in Node) against the
/// host listening on a real port: what Web Chat does, without a browser.
/// </summary>
public sealed class DirectLineClientTests
{
    [Fact]
    public async Task Should_start_send_receive_upload_and_resume_with_the_official_client_in_polling_and_websocket_mode()
    {
        var port = NodeScript.FreePort();
        await using var host = new DirectLineHost(new Dictionary<string, string?> { ["Urls"] = $"http://127.0.0.1:{port}" });
        host.Factory.UseKestrel();
        host.Factory.StartServer();

        var (exitCode, output) = await NodeScript.RunAsync("directline.test.js", TimeSpan.FromMinutes(2), $"http://127.0.0.1:{port}");

        Assert.True(exitCode == 0, output);
        Assert.Contains("ok - polling: image uploaded", output, StringComparison.Ordinal);
        Assert.Contains("ok - websocket: resumed with the watermark", output, StringComparison.Ordinal);
        Assert.Contains("all passed", output, StringComparison.Ordinal);
    }
}
