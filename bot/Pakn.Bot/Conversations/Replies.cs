namespace Pakn.Bot.Conversations;

/// <summary>The bot's fixed Vietnamese texts, in one place so they read as one voice.</summary>
public static class Replies
{
    public const string FileValue = "gửi phản ánh";
    public const string LookupValue = "tra cứu";
    public const string HelpValue = "hướng dẫn";

    public static IReadOnlyList<ChatAction> Menu { get; } =
    [
        new("Gửi phản ánh", FileValue),
        new("Tra cứu phản ánh", LookupValue),
        new("Hướng dẫn", HelpValue),
    ];

    public const string Greeting =
        "Xin chào! Tôi là trợ lý tiếp nhận phản ánh, kiến nghị của chính quyền địa phương. "
        + "Bạn có thể gửi phản ánh về thủ tục hành chính, hạ tầng, môi trường, trật tự đô thị… hoặc tra cứu phản ánh đã gửi bằng mã (ví dụ PA-7K4M-9XQ2).";

    public const string Welcome = "Chào bạn! Bạn muốn gửi phản ánh mới hay tra cứu phản ánh đã gửi?";

    public const string Resume = "Chào bạn quay lại! Phản ánh bạn đang gửi dở vẫn được lưu, mình tiếp tục nhé.";

    public const string Help =
        "Cách gửi phản ánh: mô tả sự việc → chọn phường/xã → xác nhận lĩnh vực → để lại họ tên, số điện thoại → xem lại và gửi. "
        + "Khi đang gửi, bạn có thể nhắn “quay lại” để về bước trước, “sửa” để đổi một thông tin, “hủy” để dừng. "
        + "Để xem tiến độ, nhắn “tra cứu” kèm mã phản ánh (ví dụ: tra cứu PA-7K4M-9XQ2).";

    public const string WhenAnswered =
        "Sau khi tiếp nhận, cơ quan có thẩm quyền phản hồi bạn trong vòng 24 giờ. Thời hạn giải quyết tùy lĩnh vực, "
        + "thường từ 5 đến 15 ngày làm việc; bạn sẽ được báo khi có kết quả và có thể tra cứu bất cứ lúc nào bằng mã phản ánh.";

    public const string Free = "Gửi và theo dõi phản ánh hoàn toàn miễn phí.";

    public const string Privacy =
        "Họ tên, số điện thoại, email của bạn chỉ dùng để cơ quan xử lý liên hệ và trả lời bạn; "
        + "chúng không bao giờ được công khai. Khi công khai kết quả, thông tin cá nhân được lược bỏ.";

    public const string Thanks = "Không có gì ạ! Nếu cần gửi thêm phản ánh hay tra cứu, bạn cứ nhắn cho tôi nhé.";

    public const string Abuse = "Mong bạn giữ lời lẽ lịch sự để cán bộ có thể hỗ trợ tốt nhất. Bạn cần gửi phản ánh hay tra cứu ạ?";

    public const string NotUnderstood =
        "Xin lỗi, tôi chưa hiểu ý bạn. Bạn có thể mô tả sự việc cần phản ánh bằng tiếng Việt, hoặc chọn một mục dưới đây.";

    public const string Unreadable = "Tôi chỉ đọc được chữ, chưa hiểu được biểu tượng cảm xúc hay ký hiệu. Bạn vui lòng nhắn bằng chữ nhé.";

    public const string Empty = "Tin nhắn trống. Bạn vui lòng nhập nội dung nhé.";

    public const string ControlCharacters = "Tin nhắn có ký tự điều khiển không hợp lệ. Bạn vui lòng chỉ dùng chữ, số và dấu câu.";

    public const string Cancelled = "Đã hủy phản ánh đang soạn, không có thông tin nào được gửi đi. Khi cần, bạn cứ nhắn “gửi phản ánh” để bắt đầu lại.";

    public const string NothingToCancel = "Hiện không có phản ánh nào đang soạn.";

    public const string FirstStep = "Đây là bước đầu tiên rồi ạ.";

    public const string Continue = "Mình tiếp tục nhé:";

    public const string Complaint =
        "Nội dung bạn gửi có dấu hiệu là đơn khiếu nại (đề nghị xem xét lại một quyết định hoặc hành vi hành chính). "
        + "Khiếu nại không giải quyết theo quy trình phản ánh, kiến nghị mà theo Luật Khiếu nại: bạn gửi đơn (có chữ ký, kèm bản sao quyết định bị khiếu nại) "
        + "tới chính cơ quan hoặc người đã ra quyết định đó, trực tiếp tại Bộ phận tiếp công dân hoặc qua bưu điện, trong 90 ngày kể từ khi biết quyết định.";

    public const string Denunciation =
        "Nội dung bạn gửi có dấu hiệu là tố cáo. Tố cáo không giải quyết qua kênh phản ánh, kiến nghị này và không được công khai. "
        + "Theo Luật Tố cáo, bạn gửi đơn tố cáo (ghi rõ họ tên, địa chỉ, có chữ ký) hoặc trình bày trực tiếp tại Bộ phận tiếp công dân của cơ quan quản lý người bị tố cáo, "
        + "hoặc tới Thanh tra; danh tính người tố cáo được giữ bí mật. Nội dung vừa rồi chưa được lưu hay chuyển cho ai.";

    public const string NotPaknContinue = "Nếu đây thực ra là phản ánh, kiến nghị về thủ tục hay dịch vụ công, bạn chọn “Vẫn gửi phản ánh”.";
}
