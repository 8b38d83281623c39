namespace Pakn.Core.Attachments;

/// <summary>
/// Whether a file's first bytes agree with the type it claims, for every channel: a program
/// renamed to look like a photo is refused wherever it arrives.
/// </summary>
public static class FileSignatures
{
    private static readonly Dictionary<string, Func<ReadOnlyMemory<byte>, bool>> ByContentType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = b => StartsWith(b, [0xFF, 0xD8, 0xFF]),
        ["image/png"] = b => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ["image/gif"] = b => StartsWith(b, "GIF87a"u8) || StartsWith(b, "GIF89a"u8),
        ["image/webp"] = b => b.Length >= 12 && StartsWith(b, "RIFF"u8) && b.Span[8..12].SequenceEqual("WEBP"u8),
        ["image/heic"] = IsHeif,
        ["image/heif"] = IsHeif,
        ["application/pdf"] = b => StartsWith(b, "%PDF-"u8),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = IsZip,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = IsZip,
        ["application/msword"] = IsOle,
        ["application/vnd.ms-excel"] = IsOle,
    };

    /// <summary>True when <paramref name="contentType"/> is a known kind and the content starts as that kind does.</summary>
    public static bool Matches(string contentType, ReadOnlyMemory<byte> content) =>
        ByContentType.TryGetValue(contentType, out var matches) && matches(content);

    private static bool StartsWith(ReadOnlyMemory<byte> content, ReadOnlySpan<byte> magic) => content.Span.StartsWith(magic);

    private static bool IsHeif(ReadOnlyMemory<byte> b) => b.Length >= 12 && b.Span[4..8].SequenceEqual("ftyp"u8)
        && (b.Span[8..12].SequenceEqual("heic"u8) || b.Span[8..12].SequenceEqual("heix"u8)
            || b.Span[8..12].SequenceEqual("mif1"u8) || b.Span[8..12].SequenceEqual("msf1"u8) || b.Span[8..12].SequenceEqual("hevc"u8));

    private static bool IsZip(ReadOnlyMemory<byte> b) => StartsWith(b, [0x50, 0x4B, 0x03, 0x04]);

    private static bool IsOle(ReadOnlyMemory<byte> b) => StartsWith(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
}
