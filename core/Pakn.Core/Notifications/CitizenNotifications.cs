using System.Globalization;
using Pakn.Core.Feedback;

namespace Pakn.Core.Notifications;

/// <summary>
/// The citizen's messages, in the channel they used: the chat they filed from (Direct Line
/// conversation, Zalo user) when the channel left a reply address, and e-mail when they gave
/// one. The text names the tracking code, never personal data; the link is the public
/// tracking page, made absolute by the transport.
/// </summary>
public static class CitizenNotifications
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static string TrackingLink(string trackingCode) => $"/tra-cuu/{trackingCode}";

    public static IEnumerable<Notification> For(FeedbackItem item, CitizenNotice notice)
    {
        var (subject, body) = Text(item, notice);
        foreach (var (channel, address) in Addresses(item))
        {
            yield return new Notification
            {
                CreatedAt = notice.At,
                Kind = $"citizen.{notice.Kind.ToString().ToLowerInvariant()}",
                FeedbackId = item.Id,
                TrackingCode = item.TrackingCode,
                RecipientKind = RecipientKind.Citizen,
                Channel = channel,
                Address = address,
                Subject = subject,
                Body = body,
                Link = TrackingLink(item.TrackingCode),
                NextAttemptAt = notice.At,
            };
        }
    }

    private static IEnumerable<(string Channel, string Address)> Addresses(FeedbackItem item)
    {
        var reply = item.Contact.ReplyAddress;
        if (!string.IsNullOrWhiteSpace(reply))
        {
            switch (item.Channel)
            {
                case Channel.WebChat:
                    yield return (NotificationChannels.DirectLine, reply);
                    break;
                case Channel.Zalo:
                    yield return (NotificationChannels.Zalo, reply);
                    break;
            }
        }

        if (!string.IsNullOrWhiteSpace(item.Contact.Email))
        {
            yield return (NotificationChannels.Email, item.Contact.Email);
        }
    }

    private static (string Subject, string Body) Text(FeedbackItem item, CitizenNotice notice)
    {
        var code = item.TrackingCode;
        return notice.Kind switch
        {
            CitizenNoticeKind.Acknowledged => (
                $"Phản ánh {code} đã được tiếp nhận xử lý",
                $"Cơ quan có thẩm quyền đã tiếp nhận xử lý phản ánh, kiến nghị mã số {code} của Ông/Bà."
                + (item.ResolutionDueAt is { } due ? $" Hạn trả lời: {Day(due)}." : "")
                + " Ông/Bà có thể theo dõi tiến độ tại trang tra cứu."),
            CitizenNoticeKind.InformationRequested => (
                $"Phản ánh {code} cần Ông/Bà bổ sung thông tin",
                $"Để giải quyết phản ánh, kiến nghị mã số {code}, cơ quan xử lý đề nghị Ông/Bà bổ sung: {notice.Detail}"
                + " Ông/Bà vui lòng trả lời tin nhắn này hoặc bổ sung tại trang tra cứu. Thời gian chờ bổ sung không tính vào thời hạn giải quyết."),
            CitizenNoticeKind.Answered => (
                $"Phản ánh {code} đã có kết quả trả lời",
                $"Phản ánh, kiến nghị mã số {code} của Ông/Bà đã có kết quả trả lời. Mời Ông/Bà xem nội dung trả lời và cho biết mức độ hài lòng tại trang tra cứu."),
            CitizenNoticeKind.ApologyLetterIssued => (
                $"Phiếu xin lỗi và hẹn lại ngày trả kết quả – phản ánh {code}",
                $"Cơ quan xử lý chân thành xin lỗi Ông/Bà vì chưa trả lời phản ánh, kiến nghị mã số {code} đúng hạn"
                + (notice.NewDueAt is { } newDue ? $" và hẹn trả lời vào ngày {Day(newDue)}." : ".")
                + $" Phiếu xin lỗi số {notice.Detail} có tại trang tra cứu."),
            CitizenNoticeKind.DeadlineMoved => (
                $"Hạn trả lời phản ánh {code} được tính lại theo lịch làm việc mới",
                $"Do lịch nghỉ, ngày làm bù của cơ quan nhà nước vừa được điều chỉnh, hạn trả lời phản ánh, kiến nghị mã số {code} của Ông/Bà được tính lại"
                + $" từ ngày {Day(notice.PreviousDueAt!.Value)} thành ngày {Day(notice.NewDueAt!.Value)}."
                + " Ông/Bà có thể theo dõi tiến độ tại trang tra cứu."),
            _ => throw new ArgumentOutOfRangeException(nameof(notice)),
        };
    }

    /// <summary>Whether two times fall on the same calendar day in Vietnam: the citizen is told days, not hours.</summary>
    public static bool SameDay(DateTimeOffset a, DateTimeOffset b) =>
        TimeZoneInfo.ConvertTime(a, Vietnam).Date == TimeZoneInfo.ConvertTime(b, Vietnam).Date;

    private static string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Vietnam).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
