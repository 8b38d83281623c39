using System.Security.Cryptography;
using System.Text;

namespace Pakn.Core.ApiKeys;

public static class ApiKeyHash
{
    public const string KeyPrefix = "pakn_";

    /// <summary>
    /// A plain SHA-256 is enough: the keys are 32 random bytes, so there is nothing to guess by
    /// brute force, and a fast hash lets the API look a key up by its hash on every request.
    /// </summary>
    public static string Of(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
