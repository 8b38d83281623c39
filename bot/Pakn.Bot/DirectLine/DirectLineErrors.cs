using Microsoft.AspNetCore.Http;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// Direct Line's error body, <c>{"error": {"code", "message"}}</c>, with Vietnamese messages.
/// Clients act on the status: 403 means "token expired or not for this conversation", 404 "ended".
/// </summary>
internal static class DirectLineErrors
{
    public static IResult Create(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    public static IResult MissingToken() => Create(StatusCodes.Status401Unauthorized, "Unauthorized",
        "Thiếu mã truy cập (Authorization: Bearer …). Vui lòng tải lại trang trò chuyện.");

    public static IResult BadToken() => Create(StatusCodes.Status403Forbidden, "TokenInvalid",
        "Mã truy cập không hợp lệ hoặc không dành cho cuộc trò chuyện này. Vui lòng tải lại trang trò chuyện.");

    public static IResult Expired() => Create(StatusCodes.Status403Forbidden, "TokenExpired",
        "Phiên trò chuyện đã hết hạn. Vui lòng tải lại trang để tiếp tục.");

    public static IResult SecretRequired() => Create(StatusCodes.Status403Forbidden, "Forbidden",
        "Chỉ máy chủ giữ khoá bí mật Direct Line mới được tạo mã truy cập.");

    public static IResult UnknownConversation() => Create(StatusCodes.Status404NotFound, "NotFound",
        "Không tìm thấy cuộc trò chuyện. Vui lòng bắt đầu cuộc trò chuyện mới.");

    public static IResult BadRequest(string message) => Create(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(string message) => Create(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult WrongType(string message) => Create(StatusCodes.Status415UnsupportedMediaType, "BadArgument", message);
}
