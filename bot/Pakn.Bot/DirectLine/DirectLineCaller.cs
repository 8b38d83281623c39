using Microsoft.AspNetCore.Http;

namespace Pakn.Bot.DirectLine;

/// <summary>Who is calling: the server holding the secret, or a client holding one conversation's token.</summary>
internal sealed record DirectLineCaller(bool HasSecret, TokenClaims? Claims)
{
    /// <summary>
    /// Reads the bearer (or, for the WebSocket stream a browser opens without headers, the
    /// <c>t</c> query parameter) and checks that it may act on <paramref name="conversationId"/>.
    /// </summary>
    public static (DirectLineCaller? Caller, IResult? Error) Authorize(
        HttpContext context, DirectLineTokens tokens, string? conversationId, bool allowQueryToken = false)
    {
        var bearer = Bearer(context.Request);
        if (bearer is null && allowQueryToken)
        {
            bearer = context.Request.Query["t"].ToString() is { Length: > 0 } t ? t : null;
        }

        if (bearer is null)
        {
            return (null, DirectLineErrors.MissingToken());
        }

        if (tokens.IsSecret(bearer))
        {
            return (new DirectLineCaller(true, null), null);
        }

        var claims = tokens.Read(bearer);
        if (claims is null || (conversationId is not null && claims.ConversationId != conversationId))
        {
            return (null, DirectLineErrors.BadToken());
        }

        return tokens.IsExpired(claims)
            ? (null, DirectLineErrors.Expired())
            : (new DirectLineCaller(false, claims), null);
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }
}
