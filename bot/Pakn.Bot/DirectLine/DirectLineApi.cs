using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Pakn.Core.DirectLine;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Direct Line 3.0, as <c>botframework-directlinejs</c> and Web Chat call it: tokens, start and
/// resume, post (JSON or upload), polling with a watermark, and the WebSocket stream.
/// </summary>
public static class DirectLineApi
{
    public const string BasePath = "/v3/directline";
    public const string CorsPolicy = "directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).RequireCors(CorsPolicy);
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", Refresh);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", ResumeAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostAsync);
        api.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.Map("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        api.MapGet("/attachments/{id:guid}", GetAttachmentAsync);
        return app;
    }

    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineTokens tokens)
    {
        var (caller, error) = DirectLineCaller.Authorize(context, tokens, null);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.HasSecret)
        {
            return DirectLineErrors.SecretRequired();
        }

        var userId = (await ReadStartRequestAsync(context.Request))?.User?.Id;
        var conversationId = DirectLineTokens.NewConversationId();
        return Results.Json(new TokenResponse(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds));
    }

    private static IResult Refresh(HttpContext context, DirectLineTokens tokens)
    {
        var (caller, error) = DirectLineCaller.Authorize(context, tokens, null);
        if (error is not null)
        {
            return error;
        }

        if (caller!.Claims is not { } claims)
        {
            return DirectLineErrors.BadRequest("Khoá bí mật không cần làm mới; chỉ mã truy cập của cuộc trò chuyện mới được làm mới.");
        }

        return Results.Json(new TokenResponse(claims.ConversationId, tokens.Issue(claims.ConversationId, claims.UserId), (int)tokens.Lifetime.TotalSeconds));
    }

    private static async Task<IResult> StartAsync(HttpContext context, DirectLineTokens tokens, ActivityStore store, CancellationToken cancellationToken)
    {
        var (caller, error) = DirectLineCaller.Authorize(context, tokens, null);
        if (error is not null)
        {
            return error;
        }

        var userId = caller!.Claims?.UserId ?? (await ReadStartRequestAsync(context.Request))?.User?.Id;
        var conversationId = caller.Claims?.ConversationId ?? DirectLineTokens.NewConversationId();
        var created = await store.EnsureAsync(conversationId, userId, cancellationToken);
        var token = tokens.Issue(conversationId, userId);
        var body = new ConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrl(context.Request, conversationId, token, null));
        return created ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    private static async Task<IResult> ResumeAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokens tokens, ActivityStore store, CancellationToken cancellationToken)
    {
        var (caller, error) = DirectLineCaller.Authorize(context, tokens, conversationId);
        if (error is not null)
        {
            return error;
        }

        if (await store.FindAsync(conversationId, cancellationToken) is not { } conversation)
        {
            return DirectLineErrors.UnknownConversation();
        }

        var token = tokens.Issue(conversationId, caller!.Claims?.UserId ?? conversation.UserId);
        return Results.Json(new ConversationResponse(
            conversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrl(context.Request, conversationId, token, watermark)));
    }

    private static async Task<IResult> PostAsync(
        HttpContext context, string conversationId, DirectLineTokens tokens, ActivityStore store, DirectLineBot bot, CancellationToken cancellationToken)
    {
        var (caller, error) = DirectLineCaller.Authorize(context, tokens, conversationId);
        if (error is not null)
        {
            return error;
        }

        var (activity, invalid) = await ReadActivityAsync(context.Request, cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }

        var location = ActivityLocation.From(activity!);
        activity!.Attachments = null; // files come through upload; links to elsewhere are not taken in
        return await AcceptAsync(context, conversationId, caller!, activity, null, location, store, bot, cancellationToken);
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context, string conversationId, string? userId, DirectLineTokens tokens, ActivityStore store, DirectLineBot bot,
        IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = DirectLineCaller.Authorize(context, tokens, conversationId);
        if (error is not null)
        {
            return error;
        }

        var (activity, files, invalid, refusal) = await UploadReader.ReadAsync(context.Request, options.Value, cancellationToken);
        if (invalid is not null)
        {
            if (refusal is not null)
            {
                await ExplainRefusalAsync(conversationId, caller!.Claims?.UserId ?? activity?.From?.Id ?? userId, activity?.ClientActivityId, refusal, store);
            }

            return invalid;
        }

        activity!.Type ??= "message";
        if (activity.From?.Id is null && userId is not null)
        {
            activity.From = new ChannelAccount(userId);
        }

        var stored = files.Select(f => new DirectLineAttachment
        {
            Id = Guid.NewGuid(),
            ConversationId = conversationId,
            Name = f.FileName,
            ContentType = f.ContentType,
            Content = f.Content.ToArray(),
            CreatedAt = time.GetUtcNow(),
        }).ToList();
        activity.Attachments = stored.Select(f => new Attachment
        {
            ContentType = f.ContentType,
            ContentUrl = $"{BaseUrl(context.Request)}{BasePath}/attachments/{f.Id}",
            Name = f.Name,
        }).ToList();
        return await AcceptAsync(context, conversationId, caller!, activity, (files, stored), ActivityLocation.From(activity), store, bot, cancellationToken);
    }

    /// <summary>
    /// The status stays Direct Line's (the client marks its message as not sent); the reason goes
    /// into the conversation as the bot's message, once per client activity however often the
    /// client retries. Nothing of the refused files is stored.
    /// </summary>
    private static async Task ExplainRefusalAsync(string conversationId, string? userId, string? clientActivityId, string refusal, ActivityStore store)
    {
        var user = new ChannelAccount(string.IsNullOrWhiteSpace(userId) ? "user" : userId, null, "user");
        var explanation = BotActivities.From(new Conversations.BotMessage(refusal), user, null);
        var deliveryKey = clientActivityId is { Length: > 0 and <= 100 } ? "upload-refused:" + clientActivityId : null;
        if (deliveryKey is not null && await store.FindByClientIdAsync(conversationId, deliveryKey, CancellationToken.None) is not null)
        {
            return;
        }

        await store.AppendAsync(conversationId, [explanation], null, CancellationToken.None, deliveryKey);
    }

    private static async Task<IResult> AcceptAsync(
        HttpContext context,
        string conversationId,
        DirectLineCaller caller,
        Activity activity,
        (List<Conversations.ChatUpload> Uploads, List<DirectLineAttachment> Stored)? files,
        Conversations.ChatLocation? location,
        ActivityStore store,
        DirectLineBot bot,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadRequest("Tin nhắn thiếu trường “type”.");
        }

        // A retried post (the client did not see our answer) gets the first post's id, once.
        if (activity.ClientActivityId is { } clientId && await store.FindByClientIdAsync(conversationId, clientId, cancellationToken) is { } existing)
        {
            return Results.Json(new IdResponse(existing));
        }

        var userId = caller.Claims?.UserId ?? activity.From?.Id;
        activity.From = new ChannelAccount(string.IsNullOrWhiteSpace(userId) ? "user" : userId, activity.From?.Name, "user");
        activity.Recipient = ActivityStore.Bot;
        activity.ServiceUrl = BaseUrl(context.Request);
        if (activity.ReplyToId is { } replyTo && !await store.ExistsAsync(conversationId, replyTo, cancellationToken))
        {
            activity.ReplyToId = null;
        }

        var appended = await store.AppendAsync(conversationId, [activity], files?.Stored, cancellationToken);
        if (appended is null)
        {
            return DirectLineErrors.UnknownConversation();
        }

        if (appended.DuplicateOf is { } duplicate)
        {
            return Results.Json(new IdResponse(duplicate));
        }

        await bot.RespondAsync(conversationId, activity, files?.Uploads, location);
        return Results.Json(new IdResponse(appended.Ids[0]));
    }

    private static async Task<IResult> GetActivitiesAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokens tokens, ActivityStore store, CancellationToken cancellationToken)
    {
        var (_, error) = DirectLineCaller.Authorize(context, tokens, conversationId);
        if (error is not null)
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineErrors.BadRequest("Tham số watermark phải là số do máy chủ trả về trước đó.");
        }

        if (await store.FindAsync(conversationId, cancellationToken) is null)
        {
            return DirectLineErrors.UnknownConversation();
        }

        var page = await store.ReadAsync(conversationId, mark, cancellationToken);
        return Results.Bytes(page.ToJson(), "application/json; charset=utf-8");
    }

    private static async Task<IResult> GetAttachmentAsync(Guid id, Pakn.Core.Data.PaknDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var file = await db.DirectLineAttachments.FindAsync([id], cancellationToken);
        if (file is null)
        {
            return DirectLineErrors.Create(StatusCodes.Status404NotFound, "NotFound", "Không tìm thấy tệp đính kèm.");
        }

        context.Response.Headers.CacheControl = "private, max-age=86400";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var inline = file.ContentType.StartsWith("image/", StringComparison.Ordinal) || file.ContentType == "application/pdf";
        return Results.File(file.Content, file.ContentType, inline ? null : file.Name);
    }

    internal static bool TryParseWatermark(string? watermark, out long mark)
    {
        mark = 0;
        return string.IsNullOrEmpty(watermark)
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out mark) && mark >= 0);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return TryParseWatermark(watermark, out var mark) && mark > 0 ? $"{url}&watermark={mark}" : url;
    }

    private static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, DirectLineErrors.WrongType("Tin nhắn phải được gửi dạng JSON (Content-Type: application/json)."));
        }

        if (request.ContentLength > UploadReader.MaxActivityBytes)
        {
            return (null, DirectLineErrors.TooLarge("Tin nhắn quá lớn."));
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(
                new LimitedStream(request.Body, UploadReader.MaxActivityBytes), ActivityJson.Options, cancellationToken);
            return activity is null ? (null, DirectLineErrors.BadRequest("Tin nhắn trống.")) : (activity, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("Tin nhắn không phải JSON hợp lệ theo lược đồ Activity."));
        }
        catch (LimitedStream.LimitExceededException)
        {
            return (null, DirectLineErrors.TooLarge("Tin nhắn quá lớn."));
        }
    }

    private static async Task<StartRequest?> ReadStartRequestAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType() || request.ContentLength is 0)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<StartRequest>(new LimitedStream(request.Body, 16 * 1024), ActivityJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or LimitedStream.LimitExceededException)
        {
            return null; // the body is optional; a bad one is treated as absent
        }
    }

    private sealed record StartRequest(ChannelAccount? User);

    private sealed record TokenResponse(
        string ConversationId,
        string Token,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record ConversationResponse(
        string ConversationId,
        string Token,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
        string StreamUrl);

    private sealed record IdResponse(string Id);
}
