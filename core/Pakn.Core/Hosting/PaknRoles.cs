using Microsoft.Extensions.Configuration;

namespace Pakn.Core.Hosting;

/// <summary>
/// A scaled deployment runs the same binary several times with different roles: one web
/// process and several workers, all on one broker and one database.
/// </summary>
[Flags]
public enum PaknRole
{
    None = 0,
    Web = 1,
    Routing = 2,
    Handlers = 4,
    All = Web | Routing | Handlers,
}

public static class PaknRoles
{
    public static PaknRole Parse(string? roles)
    {
        if (string.IsNullOrWhiteSpace(roles))
        {
            return PaknRole.All;
        }

        var result = PaknRole.None;
        foreach (var part in roles.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "web" => PaknRole.Web,
                "routing" => PaknRole.Routing,
                "handlers" => PaknRole.Handlers,
                "all" => PaknRole.All,
                _ => throw new InvalidOperationException(
                    $"Unknown role '{part}' in Pakn:Roles; use any of web, routing, handlers."),
            };
        }

        return result;
    }

    public static bool HasPaknRole(this IConfiguration configuration, PaknRole role) =>
        Parse(configuration[$"{PaknOptions.Section}:Roles"]).HasFlag(role);
}
