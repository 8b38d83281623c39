using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Access;
using Pakn.Core.Identity;
using Pakn.Core.Seeding;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>Signs demo staff in the way a browser does: the form, its anti-forgery token, the cookie.</summary>
public static partial class StaffSession
{
    public static HttpClient Anonymous(PaknWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignInAsync(PaknWebFactory factory, string userName, string password = DemoStaff.Password)
    {
        var client = Anonymous(factory);
        using var response = await PostSignInAsync(client, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Found, $"sign-in of {userName} answered {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var form = await client.GetStringAsync("/admin/dang-nhap", ct);
        var token = TokenPattern().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        var path = returnUrl is null ? "/admin/dang-nhap" : $"/admin/dang-nhap?returnUrl={Uri.EscapeDataString(returnUrl)}";
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "dang-nhap",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }), ct);
    }

    public static string AntiforgeryToken(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>The scope the server builds for this person: their real claims, from Identity's own factory.</summary>
    public static async Task<StaffScope> ScopeAsync(PaknWebFactory factory, string userName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        return StaffScope.From(principal);
    }

    /// <summary>Page text with tags removed and entities decoded, to look for what a reader sees.</summary>
    public static string VisibleText(string html) =>
        WebUtility.HtmlDecode(TagPattern().Replace(StylePattern().Replace(html, " "), " "));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<style[^>]*>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StylePattern();
}
