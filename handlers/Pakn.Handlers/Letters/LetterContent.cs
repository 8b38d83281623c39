using System.Globalization;

namespace Pakn.Handlers.Letters;

/// <summary>
/// The words of a "phiếu xin lỗi và hẹn lại ngày trả kết quả" (Decree 118/2025 form, Decree
/// 30/2020 layout), built once and rendered as HTML and DOCX alike.
/// </summary>
public sealed record LetterContent(
    string GoverningBody,
    string UnitName,
    string Number,
    string PlaceAndDate,
    string Addressee,
    IReadOnlyList<string> Body,
    string SignerTitle)
{
    public const string Title = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static LetterContent Compose(
        LetterOptions options,
        string unitName,
        string number,
        string? citizenName,
        string trackingCode,
        DateTimeOffset receivedAt,
        DateTimeOffset missedDueAt,
        DateTimeOffset newDueAt,
        string reason,
        DateTimeOffset issuedAt)
    {
        var issued = Local(issuedAt);
        var addressee = string.IsNullOrWhiteSpace(citizenName) ? "Ông/Bà gửi phản ánh, kiến nghị" : $"Ông/Bà {citizenName}";
        return new LetterContent(
            options.GoverningBody,
            unitName,
            $"Số: {number}",
            $"{options.Place}, ngày {issued:dd} tháng {issued:MM} năm {issued:yyyy}",
            $"Kính gửi: {addressee}.",
            [
                $"{unitName} đã tiếp nhận phản ánh, kiến nghị của Ông/Bà, mã số {trackingCode}, ngày {Day(receivedAt)}; hẹn trả lời ngày {Day(missedDueAt)}.",
                $"Tuy nhiên, đến nay {unitName} chưa trả lời được phản ánh, kiến nghị của Ông/Bà đúng hạn. Lý do: {reason}.",
                $"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {unitName} xin lỗi Ông/Bà và hẹn trả lời vào ngày {Day(newDueAt)}.",
                "Ông/Bà có thể theo dõi tiến độ giải quyết bằng mã số trên tại trang tra cứu phản ánh, kiến nghị.",
                "Mong nhận được sự thông cảm của Ông/Bà.",
            ],
            "THỦ TRƯỞNG ĐƠN VỊ");
    }

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Vietnam).DateTime;

    private static string Day(DateTimeOffset at) => Local(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
