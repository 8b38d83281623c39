using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Pakn.Bot.Api;

/// <summary>
/// Reads a JSON body ourselves so every failure gets a Vietnamese problem response instead of
/// the framework's English one, and a body over the limit is refused before it is buffered.
/// </summary>
internal static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        MaxDepth = 8,
    };

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType,
                "Sai định dạng dữ liệu", "Vui lòng gửi dữ liệu dạng JSON (Content-Type: application/json; charset=utf-8)."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Thiếu dữ liệu", "Yêu cầu không có nội dung JSON."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null
                ? (null, Problems.Create(StatusCodes.Status400BadRequest, "Dữ liệu không hợp lệ", "Dữ liệu JSON phải là một đối tượng."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            var where = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "" : $" (tại trường {ex.Path.TrimStart('$', '.')})";
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Dữ liệu JSON không hợp lệ",
                $"Không đọc được dữ liệu JSON{where}: kiểm tra cú pháp và kiểu của từng trường."));
        }
    }

    private static IResult TooLarge() => Problems.Create(StatusCodes.Status413PayloadTooLarge,
        "Dữ liệu quá lớn", $"Dữ liệu gửi lên vượt quá {MaxBytes / 1024} KB.");
}
