using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;

namespace Pakn.Bot.DirectLine;

/// <summary>What a conversation token grants: one conversation, until it expires.</summary>
public sealed record TokenClaims(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);

/// <summary>
/// Short-lived conversation tokens, HMAC-signed with a key derived from the Direct Line secret:
/// any host process holding the secret can check them, none needs to store them, and a token
/// names the one conversation it may read.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Prefix = "pakn1.";
    private const string SecretFile = "directline.secret";

    private readonly byte[] _secret;
    private readonly byte[] _signingKey;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, IOptions<PaknOptions> pakn, TimeProvider time)
    {
        _time = time;
        Lifetime = options.Value.TokenLifetime;
        var secret = string.IsNullOrWhiteSpace(options.Value.Secret)
            ? StoredSecret(pakn.Value.DataDirectory)
            : options.Value.Secret;
        _secret = Encoding.UTF8.GetBytes(secret);
        _signingKey = HMACSHA256.HashData(_secret, "pakn/directline/token-signing"u8);
    }

    public TimeSpan Lifetime { get; }

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);

    public string Issue(string conversationId, string? userId)
    {
        var expires = _time.GetUtcNow() + Lifetime;
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(conversationId, userId, expires.ToUnixTimeSeconds()));
        return Prefix + Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
    }

    /// <summary>Null when the token is not ours or was altered; check <see cref="TokenClaims.ExpiresAt"/> separately.</summary>
    public TokenClaims? Read(string token)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 1024)
        {
            return null;
        }

        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 2)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[0]);
            var signature = Base64Url.DecodeFromChars(parts[1]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload)))
            {
                return null;
            }

            var claims = JsonSerializer.Deserialize<Payload>(payload);
            return claims is null || string.IsNullOrEmpty(claims.C)
                ? null
                : new TokenClaims(claims.C, claims.U, DateTimeOffset.FromUnixTimeSeconds(claims.E));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool IsExpired(TokenClaims claims) => claims.ExpiresAt <= _time.GetUtcNow();

    private byte[] Sign(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_signingKey, payload);

    // Created once per data folder; CreateNew makes two processes starting together agree on one.
    private static string StoredSecret(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, SecretFile);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            file.Write(Encoding.UTF8.GetBytes(secret));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            for (var attempt = 0; ; attempt++)
            {
                var secret = File.ReadAllText(path).Trim();
                if (secret.Length > 0 || attempt == 50)
                {
                    return secret.Length > 0 ? secret : throw new InvalidOperationException($"{path} is empty.");
                }

                Thread.Sleep(20); // the other process is still writing it
            }
        }
    }

    private sealed record Payload(string C, string? U, long E);
}
