namespace Pakn.AdminUi.Account;

/// <summary>After sign-in, go back only to a staff page of this site: never to another host.</summary>
public static class SafeReturnUrl
{
    public const string Home = "/admin";

    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url
        && (url == Home || url.StartsWith(Home + "/", StringComparison.Ordinal) || url.StartsWith(Home + "?", StringComparison.Ordinal))
        && !url.Contains('\\', StringComparison.Ordinal)
        && !url.Contains("//", StringComparison.Ordinal)
            ? url
            : Home;
}
