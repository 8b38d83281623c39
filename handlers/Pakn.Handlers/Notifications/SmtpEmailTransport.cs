using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Pakn.Core.Notifications;

namespace Pakn.Handlers.Notifications;

/// <summary>
/// E-mail through the configured SMTP relay. A refused recipient is permanent; anything else
/// (relay down, timeouts, mailbox busy) is tried again after back-off.
/// </summary>
public sealed class SmtpEmailTransport(IOptions<NotificationOptions> options) : INotificationTransport
{
    public string Channel => NotificationChannels.Email;

    public async Task<DeliveryResult> DeliverAsync(NotificationEnvelope notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return DeliveryResult.Retry("Chưa cấu hình máy chủ thư (Pakn:Notifications:Smtp:Host).");
        }

        MailAddress to;
        try
        {
            to = new MailAddress(notification.Address);
        }
        catch (FormatException)
        {
            return DeliveryResult.Failure("Địa chỉ thư không hợp lệ.");
        }

        var body = new StringBuilder(notification.Body);
        if (notification.Link is { } link)
        {
            body.Append("\n\n").Append(settings.PublicBaseUrl.TrimEnd('/')).Append(link);
        }

        using var message = new MailMessage(new MailAddress(smtp.From, smtp.FromName, Encoding.UTF8), to)
        {
            Subject = notification.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body.ToString(),
            BodyEncoding = Encoding.UTF8,
        };
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
        if (smtp.UserName is not null)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return DeliveryResult.Delivered;
        }
        catch (SmtpFailedRecipientException ex) when (ex.StatusCode is SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.MailboxNameNotAllowed or SmtpStatusCode.UserNotLocalTryAlternatePath)
        {
            return DeliveryResult.Failure($"Máy chủ thư từ chối người nhận ({(int)ex.StatusCode}).");
        }
        catch (SmtpException ex)
        {
            return DeliveryResult.Retry($"Gửi thư lỗi ({(int)ex.StatusCode}): {ex.Message}");
        }
    }
}
