using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// The WebSocket behind <c>streamUrl</c>: sends <c>{activities, watermark}</c> whenever the
/// conversation grows. A commit in this process wakes it at once; one in another process is found
/// by a short poll of the table. The client's empty keep-alive messages are read and dropped.
/// </summary>
internal static class DirectLineStream
{
    public static async Task RunAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokens tokens, ActivitySignal signal,
        IServiceScopeFactory scopes, IOptions<DirectLineOptions> options)
    {
        var (_, error) = DirectLineCaller.Authorize(context, tokens, conversationId, allowQueryToken: true);
        if (error is not null)
        {
            await error.ExecuteAsync(context);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.BadRequest("Địa chỉ này chỉ nhận kết nối WebSocket.").ExecuteAsync(context);
            return;
        }

        if (!DirectLineApi.TryParseWatermark(watermark, out var mark))
        {
            await DirectLineErrors.BadRequest("Tham số watermark phải là số do máy chủ trả về trước đó.").ExecuteAsync(context);
            return;
        }

        using (var scope = scopes.CreateScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<ActivityStore>().FindAsync(conversationId, context.RequestAborted) is null)
            {
                await DirectLineErrors.UnknownConversation().ExecuteAsync(context);
                return;
            }
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var closed = ReadUntilClosedAsync(socket, stop.Token);
        var poll = options.Value.StreamPollInterval;
        try
        {
            while (!closed.IsCompleted && socket.State == WebSocketState.Open)
            {
                var next = signal.Next(conversationId);
                ActivityPage page;
                using (var scope = scopes.CreateScope())
                {
                    page = await scope.ServiceProvider.GetRequiredService<ActivityStore>().ReadAsync(conversationId, mark, stop.Token);
                }

                if (page.Activities.Count > 0)
                {
                    await socket.SendAsync(page.ToJson(), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    mark = page.Watermark;
                    if (page.Activities.Count == ActivityStore.PageSize)
                    {
                        continue;
                    }
                }

                await Task.WhenAny(next, Task.Delay(poll, stop.Token), closed);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping; the client reconnects with its watermark.
        }
        finally
        {
            await stop.CancelAsync();
            await closed.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task ReadUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }
}
