using System.Security.Cryptography;
using System.Text;

namespace Pakn.Bot.Zalo;

/// <summary>
/// Zalo signs each webhook event: <c>X-ZEvent-Signature: mac=hex(SHA-256(app_id + raw body + timestamp + OA secret key))</c>.
/// </summary>
public static class ZaloSignature
{
    public const string Header = "X-ZEvent-Signature";

    public static string Compute(string appId, string body, string timestamp, string secretKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appId + body + timestamp + secretKey)));

    public static bool Verify(string? header, string appId, string body, string timestamp, string secretKey)
    {
        if (header is null || !header.StartsWith("mac=", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(appId, body, timestamp, secretKey));
        var given = Encoding.ASCII.GetBytes(header[4..].Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
