using Microsoft.Extensions.Options;
using Pakn.Bot.Conversations;

namespace Pakn.Bot.Zalo;

/// <summary>
/// Downloads a photo or file a user sent, only from Zalo's own hosts (a forged URL must not make
/// us fetch from the internal network) and never more than the attachment limit plus one byte:
/// a larger file reaches the dialog as "too large" without being read whole.
/// </summary>
public sealed class ZaloMedia(HttpClient http, IOptions<ZaloOptions> zalo, IOptions<BotOptions> bot)
{
    public async Task<ChatUpload?> DownloadAsync(ZaloAttachment attachment, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var uri) || !Allowed(uri))
        {
            return null;
        }

        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var limit = bot.Value.MaxAttachmentBytes + 1;
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
            var name = attachment.Name ?? Path.GetFileName(uri.AbsolutePath);
            return new ChatUpload(name, type, buffer.ToArray());
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private bool Allowed(Uri uri) =>
        uri.Scheme is "https" or "http"
        && zalo.Value.MediaHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
