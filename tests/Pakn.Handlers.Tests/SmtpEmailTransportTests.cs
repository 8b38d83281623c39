using Microsoft.Extensions.Options;
using Pakn.Core.Notifications;
using Pakn.Handlers.Notifications;

namespace Pakn.Handlers.Tests;

/// <summary>Against the real local SMTP server infra/test.sh starts (aiosmtpd writing a Maildir).</summary>
public class SmtpEmailTransportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (int Port, string Maildir)? Server()
    {
        var port = Environment.GetEnvironmentVariable("PAKN_TEST_SMTP_PORT");
        var maildir = Environment.GetEnvironmentVariable("PAKN_TEST_SMTP_MAILDIR");
        if (port is null || maildir is null)
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("PAKN_REQUIRE_INFRA") is null, "No SMTP server: run infra/test.sh");
            Assert.Fail("PAKN_TEST_SMTP_PORT and PAKN_TEST_SMTP_MAILDIR are required");
        }

        return (int.Parse(port!, System.Globalization.CultureInfo.InvariantCulture), maildir!);
    }

    [Fact]
    public async Task Should_send_the_vietnamese_text_with_an_absolute_tracking_link_through_the_relay()
    {
        var (port, maildir) = Server()!.Value;
        var transport = new SmtpEmailTransport(Options.Create(new NotificationOptions
        {
            PublicBaseUrl = "https://pakn.danang.gov.vn/",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, From = "pakn@danang.gov.vn" },
        }));
        var marker = Guid.NewGuid().ToString("N");
        var envelope = new NotificationEnvelope(Guid.NewGuid(), NotificationChannels.Email, $"nguoidan+{marker}@example.vn",
            "Phản ánh PA-7K4M-9XQ2 đã có kết quả trả lời", "Phản ánh, kiến nghị mã số PA-7K4M-9XQ2 của Ông/Bà đã có kết quả trả lời.", "/tra-cuu/PA-7K4M-9XQ2");

        var result = await transport.DeliverAsync(envelope, Ct);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        var file = await WaitForMailAsync(maildir, marker);
        using var stream = File.OpenRead(file);
        var text = await new StreamReader(stream).ReadToEndAsync(Ct);
        Assert.Contains($"To: nguoidan+{marker}@example.vn", text, StringComparison.Ordinal);
        Assert.Contains("charset=utf-8", text, StringComparison.OrdinalIgnoreCase);
        var body = DecodeBody(text);
        Assert.Contains("đã có kết quả trả lời", body, StringComparison.Ordinal);
        Assert.Contains("https://pakn.danang.gov.vn/tra-cuu/PA-7K4M-9XQ2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_retry_later_when_the_relay_cannot_be_reached_and_fail_on_a_malformed_address()
    {
        var transport = new SmtpEmailTransport(Options.Create(new NotificationOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = 1 } }));

        var down = await transport.DeliverAsync(new NotificationEnvelope(Guid.NewGuid(), "email", "a@example.vn", "Chủ đề", "Nội dung", null), Ct);
        var malformed = await transport.DeliverAsync(new NotificationEnvelope(Guid.NewGuid(), "email", "không phải địa chỉ", "Chủ đề", "Nội dung", null), Ct);

        Assert.Equal(DeliveryOutcome.RetryLater, down.Outcome);
        Assert.Equal(DeliveryOutcome.Failed, malformed.Outcome);
    }

    private static async Task<string> WaitForMailAsync(string maildir, string marker)
    {
        for (var i = 0; i < 100; i++)
        {
            var found = Directory.Exists(Path.Combine(maildir, "new"))
                ? Directory.GetFiles(Path.Combine(maildir, "new")).FirstOrDefault(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal))
                : null;
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("The mail did not arrive in the Maildir.");
    }

    /// <summary>The body after the blank line, decoded from base64 or quoted-printable as .NET sent it.</summary>
    private static string DecodeBody(string raw)
    {
        var split = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        var headers = split[0];
        var body = split[1];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\n'))));
        }

        var bytes = new List<byte>();
        var text = body.Replace("=\n", "", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return System.Text.Encoding.UTF8.GetString([.. bytes]);
    }
}
