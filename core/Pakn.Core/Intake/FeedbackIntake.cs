using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Contracts;
using Pakn.Core.Data;
using Pakn.Core.Feedback;
using Pakn.Core.Text;

namespace Pakn.Core.Intake;

/// <summary>
/// The one way in for every channel: validates, stores the item and its FeedbackReceived event
/// in one transaction, and only then hands back the tracking code. A rejected submission stores
/// nothing.
/// </summary>
public sealed class FeedbackIntake(PaknDbContext db, AreaDirectory areas, TimeProvider time)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<IntakeResult> SubmitAsync(SubmitFeedback submission, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string key, string message) => errors[key] = [.. errors.GetValueOrDefault(key, []), message];

        var content = CheckText(submission.Content, "content", "Nội dung phản ánh", FeedbackLimits.ContentMaxLength, Fail);
        if (content is null && !errors.ContainsKey("content"))
        {
            Fail("content", "Vui lòng nhập nội dung phản ánh, kiến nghị.");
        }

        var title = CheckText(submission.Title, "title", "Tiêu đề", FeedbackLimits.TitleMaxLength, Fail);
        var address = CheckText(submission.Address, "address", "Địa chỉ nơi xảy ra sự việc", FeedbackLimits.AddressMaxLength, Fail);

        string? areaCode = null;
        var areaInput = TextInput.Clean(submission.Area);
        if (areaInput is not null)
        {
            var area = areaInput.Length <= 128 ? await areas.FindAsync(areaInput, cancellationToken) : null;
            if (area is null)
            {
                Fail("area", $"Không tìm thấy phường/xã “{InputEcho.Of(areaInput)}”. Vui lòng ghi đúng tên phường, xã (ví dụ: Hải Châu).");
            }
            else
            {
                areaCode = area.Code;
            }
        }

        string? fieldCode = null;
        if (TextInput.Clean(submission.FieldCode) is { } requestedField)
        {
            var wanted = requestedField.ToUpperInvariant();
            fieldCode = await db.Fields.AsNoTracking().Where(f => f.Code == wanted)
                .Select(f => f.Code).SingleOrDefaultAsync(cancellationToken);
            if (fieldCode is null)
            {
                Fail("service_code", $"Không có lĩnh vực với mã “{InputEcho.Of(requestedField)}”. Xem danh sách tại /open311/v2/services.json.");
            }
        }

        CheckLocation(submission.Latitude, submission.Longitude, Fail);
        var contact = CheckContact(submission.Contact, Fail);
        contact.ReplyAddress = submission.ReplyAddress is { Length: > 0 and <= FeedbackLimits.ReplyAddressMaxLength } reply ? reply : null;

        if (errors.Count > 0)
        {
            return IntakeResult.Invalid(errors);
        }

        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var item = FeedbackItem.Receive(
                TrackingCode.New(), submission.Channel, content!, title, areaCode, address,
                submission.Latitude, submission.Longitude, contact, now, submission.Actor, fieldCode);
            db.Feedback.Add(item);
            db.Enqueue(new FeedbackReceived(item.Id, item.TrackingCode, item.Channel, areaCode, now), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return IntakeResult.Stored(item.Id, item.TrackingCode);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The only unique value we generate is the tracking code: a collision (one in
                // billions) gets a fresh code rather than an error for the citizen.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string? CheckText(string? input, string key, string label, int maxLength, Action<string, string> fail)
    {
        var text = TextInput.Clean(input);
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            fail(key, $"{label} quá dài: tối đa {maxLength.ToString("N0", Vietnamese)} ký tự, hiện có {text.Length.ToString("N0", Vietnamese)} ký tự.");
            return null;
        }

        if (TextInput.HasControlCharacters(text))
        {
            fail(key, $"{label} chứa ký tự điều khiển không hợp lệ. Vui lòng chỉ dùng chữ, số và dấu câu.");
            return null;
        }

        return text;
    }

    private static void CheckLocation(double? latitude, double? longitude, Action<string, string> fail)
    {
        if (latitude.HasValue != longitude.HasValue)
        {
            fail("latitude", "Cần nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai.");
            return;
        }

        if (latitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90))
        {
            fail("latitude", "Vĩ độ phải nằm trong khoảng -90 đến 90.");
        }

        if (longitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180))
        {
            fail("longitude", "Kinh độ phải nằm trong khoảng -180 đến 180.");
        }
    }

    private static Contact CheckContact(SubmittedContact? submitted, Action<string, string> fail)
    {
        var contact = new Contact();
        if (submitted is null)
        {
            return contact;
        }

        contact.Name = CheckText(submitted.Name, "contact.name", "Họ tên", FeedbackLimits.NameMaxLength, fail);
        contact.Address = CheckText(submitted.Address, "contact.address", "Địa chỉ liên hệ", FeedbackLimits.AddressMaxLength, fail);

        var phone = TextInput.Clean(submitted.Phone);
        if (phone is not null)
        {
            if (PhoneNumbers.TryNormalize(phone, out var normalized))
            {
                contact.Phone = normalized;
            }
            else
            {
                fail("contact.phone", "Số điện thoại không hợp lệ. Vui lòng nhập số di động hoặc số cố định Việt Nam, ví dụ 0905 123 456.");
            }
        }

        var email = TextInput.Clean(submitted.Email);
        if (email is not null)
        {
            if (IsEmail(email))
            {
                contact.Email = email.ToLowerInvariant();
            }
            else
            {
                fail("contact.email", "Địa chỉ email không hợp lệ, ví dụ: ten@gmail.com.");
            }
        }

        contact.Consent = !contact.IsEmpty && submitted.Consent != false;
        return contact;
    }

    private static bool IsEmail(string email) =>
        email.Length <= FeedbackLimits.EmailMaxLength
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !email.Any(char.IsWhiteSpace);
}
