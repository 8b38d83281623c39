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

    /// <summary>
    /// The upload, or why it was refused: <see cref="UploadRead.Error"/> for the HTTP answer and,
    /// when the files themselves were refused, <see cref="UploadRead.Refusal"/> for the citizen
    /// (Web Chat shows a failed upload only as "send failed").
    /// </summary>
    public static async Task<UploadRead> ReadAsync(HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var files = new List<ChatUpload>();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return new(null, files, DirectLineErrors.WrongType("Tệp đính kèm phải được gửi dạng multipart/form-data."));
        }

        // Kestrel's own 30 MB cap would answer in English; ours is the one that speaks.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = (options.MaxUploadBytes + 64 * 1024) * (options.MaxUploadFiles + 1) + MaxActivityBytes;
        }

        var megabytes = (options.MaxUploadBytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));
        var rules = $"Mỗi lần gửi được tối đa {options.MaxUploadFiles} tệp, mỗi tệp không quá {megabytes} MB; chỉ nhận {UploadedFiles.AllowedKinds}.";
        Activity? activity = null;
        UploadRead Refuse(IResult error, string reason) =>
            new(activity, files, error, $"{reason} Tệp chưa được lưu. {rules} Bạn chọn tệp khác rồi gửi lại nhé.");
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
                    return new(null, files, DirectLineErrors.TooLarge("Phần nội dung tin nhắn quá lớn."));
                }

                try
                {
                    activity = JsonSerializer.Deserialize<Activity>(json.Span, ActivityJson.Options);
                }
                catch (JsonException)
                {
                    return new(null, files, DirectLineErrors.BadRequest("Phần “activity” không phải JSON hợp lệ."));
                }

                continue;
            }

            var fileName = UploadedFiles.CleanName(disposition?.FileNameStar.Value ?? disposition?.FileName.Value?.Trim('"'));
            if (files.Count == options.MaxUploadFiles)
            {
                return Refuse(
                    DirectLineErrors.BadRequest($"Mỗi lần chỉ gửi được tối đa {options.MaxUploadFiles} tệp. Chưa có tệp nào được lưu, vui lòng gửi lại ít tệp hơn."),
                    $"Bạn gửi nhiều hơn {options.MaxUploadFiles} tệp một lúc nên không gửi được.");
            }

            var (content, overLimit) = await ReadLimitedAsync(section.Body, options.MaxUploadBytes, cancellationToken);
            if (overLimit)
            {
                return Refuse(
                    DirectLineErrors.TooLarge($"Tệp “{fileName}” lớn hơn {megabytes} MB nên không gửi được. Chưa có tệp nào được lưu; vui lòng gửi ảnh nhỏ hơn hoặc chia nhỏ tài liệu."),
                    $"Tệp “{Echo.Of(fileName, 60)}” lớn hơn {megabytes} MB nên không gửi được.");
            }

            if (content.Length == 0)
            {
                return Refuse(
                    DirectLineErrors.BadRequest($"Tệp “{fileName}” rỗng. Chưa có tệp nào được lưu."),
                    $"Tệp “{Echo.Of(fileName, 60)}” không có nội dung nên không gửi được.");
            }

            if (UploadedFiles.Recognise(fileName, content) is not { } contentType)
            {
                return Refuse(
                    DirectLineErrors.WrongType($"Tệp “{fileName}” không được nhận: chỉ nhận {UploadedFiles.AllowedKinds}. Chưa có tệp nào được lưu."),
                    $"Tệp “{Echo.Of(fileName, 60)}” không thuộc loại được nhận nên không gửi được.");
            }

            files.Add(new ChatUpload(fileName, contentType, content));
        }

        if (activity is null)
        {
            return new(null, files, DirectLineErrors.BadRequest("Thiếu phần “activity” trong dữ liệu gửi lên."));
        }

        return files.Count == 0
            ? new(null, files, DirectLineErrors.BadRequest("Không có tệp nào trong dữ liệu gửi lên."))
            : new(activity, files, null);
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

/// <param name="Refusal">What the bot tells the citizen in the conversation when the files were refused.</param>
internal sealed record UploadRead(Activity? Activity, List<ChatUpload> Files, IResult? Error, string? Refusal = null);
