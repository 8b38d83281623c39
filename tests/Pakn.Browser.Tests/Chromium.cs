using Microsoft.Playwright;

namespace Pakn.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (which cannot download its own browsers here).
/// infra/test.sh installs it; without it the tests skip when run by hand and fail under the script.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (Environment.GetEnvironmentVariable("PAKN_REQUIRE_INFRA") == "1")
            {
                Assert.Fail($"{ExecutablePath} is missing although PAKN_REQUIRE_INFRA=1: infra/test.sh installs chromium.");
            }

            Assert.Skip($"{ExecutablePath} is missing: apt-get install -y chromium (infra/test.sh does it).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root in CI containers: Chromium's sandbox needs user namespaces it does not get there.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }
}
