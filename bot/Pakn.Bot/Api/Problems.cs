using Microsoft.AspNetCore.Http;

namespace Pakn.Bot.Api;

/// <summary>RFC 7807 problem responses with Vietnamese titles.</summary>
internal static class Problems
{
    public static IResult Create(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => e.Value),
            title: "Thông tin gửi lên chưa hợp lệ",
            detail: "Vui lòng sửa các mục được nêu rồi gửi lại. Chưa có thông tin nào được lưu.");

    public static IResult BadTrackingCode() => Create(StatusCodes.Status400BadRequest,
        "Mã tra cứu không hợp lệ", "Mã tra cứu có dạng PA-XXXX-XXXX (ví dụ PA-7K4M-9XQ2). Vui lòng kiểm tra lại.");

    public static IResult UnknownTrackingCode(string code) => Create(StatusCodes.Status404NotFound,
        "Không tìm thấy phản ánh", $"Không có phản ánh nào với mã {code}.");
}
