using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Pakn.Bot.Conversations;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Reads a Direct Line upload (multipart: an <c>activity</c> part, then files) straight from the
/// request, in memory and within the limits: a refused upload leaves nothing behind.
/// </summary>
internal static class UploadReader
{
    public const int MaxActivityBytes = 256 * 1024;

    public static async Task<(Activity? Activity, List<ChatUpload> Files, IResult? Error)> ReadAsync(
        HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var files = new List<ChatUpload>();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, files, DirectLineErrors.WrongType("Tệp đính kèm phải được gửi dạng multipart/form-data."));
        }

        // Kestrel's own 30 MB cap would answer in English; ours is the one that speaks.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = (options.MaxUploadBytes + 64 * 1024) * (options.MaxUploadFiles + 1) + MaxActivityBytes;
        }

        var megabytes = (options.MaxUploadBytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));
        Activity? activity = null;
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var name = disposition?.Name.Value?.Trim('"');
            if (name == "activity" && activity is null)
            {
                var (json, tooLarge) = await ReadLimitedAsync(section.Body, MaxActivityBytes, cancellationToken);
                if (tooLarge)
                {
                    return (null, files, DirectLineErrors.TooLarge("Phần nội dung tin nhắn quá lớn."));
                }

                try
                {
                    activity = JsonSerializer.Deserialize<Activity>(json.Span, ActivityJson.Options);
                }
                catch (JsonException)
                {
                    return (null, files, DirectLineErrors.BadRequest("Phần “activity” không phải JSON hợp lệ."));
                }

                continue;
            }

            var fileName = UploadedFiles.CleanName(disposition?.FileNameStar.Value ?? disposition?.FileName.Value?.Trim('"'));
            if (files.Count == options.MaxUploadFiles)
            {
                return (null, files, DirectLineErrors.BadRequest(
                    $"Mỗi lần chỉ gửi được tối đa {options.MaxUploadFiles} tệp. Chưa có tệp nào được lưu, vui lòng gửi lại ít tệp hơn."));
            }

            var (content, overLimit) = await ReadLimitedAsync(section.Body, options.MaxUploadBytes, cancellationToken);
            if (overLimit)
            {
                return (null, files, DirectLineErrors.TooLarge(
                    $"Tệp “{fileName}” lớn hơn {megabytes} MB nên không gửi được. Chưa có tệp nào được lưu; vui lòng gửi ảnh nhỏ hơn hoặc chia nhỏ tài liệu."));
            }

            if (content.Length == 0)
            {
                return (null, files, DirectLineErrors.BadRequest($"Tệp “{fileName}” rỗng. Chưa có tệp nào được lưu."));
            }

            if (UploadedFiles.Recognise(fileName, content) is not { } contentType)
            {
                return (null, files, DirectLineErrors.WrongType(
                    $"Tệp “{fileName}” không được nhận: chỉ nhận {UploadedFiles.AllowedKinds}. Chưa có tệp nào được lưu."));
            }

            files.Add(new ChatUpload(fileName, contentType, content));
        }

        if (activity is null)
        {
            return (null, files, DirectLineErrors.BadRequest("Thiếu phần “activity” trong dữ liệu gửi lên."));
        }

        return files.Count == 0
            ? (null, files, DirectLineErrors.BadRequest("Không có tệp nào trong dữ liệu gửi lên."))
            : (activity, files, null);
    }

    private static async Task<(ReadOnlyMemory<byte> Content, bool TooLarge)> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (ReadOnlyMemory<byte>.Empty, true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }
}
