using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Pakn.Bot.DirectLine;

namespace Pakn.Bot.WebChat;

/// <summary>
/// The citizen's chat page at <c>/</c>: Microsoft's Web Chat bundle (copied from its npm package by
/// the build, never from a CDN) talking to our Direct Line, with a token from our server.
/// </summary>
public static partial class WebChatApi
{
    public const string TokenRateLimit = "webchat-token";

    /// <summary>Where the build puts the page and the bundle (see WebChat/WebChat.targets).</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "webchat");

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.MapPost("/api/webchat/token", (DirectLineTokens tokens) =>
        {
            var conversationId = DirectLineTokens.NewConversationId();
            return Results.Json(new { token = tokens.Issue(conversationId, null) });
        }).RequireRateLimiting(TokenRateLimit);

        if (!File.Exists(Path.Combine(Folder, "webchat.js")))
        {
            LogBundleMissing(app.Logger, Folder);
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Folder),
            RequestPath = "/webchat",
            // The page names the bundle with its version, so it may be cached for long.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=604800",
        });
        var page = Path.Combine(Folder, "index.html");
        app.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.File(page, "text/html; charset=utf-8");
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Web Chat bundle is missing from {Folder}: build the host with npm available to get the chat page")]
    private static partial void LogBundleMissing(ILogger logger, string folder);
}
