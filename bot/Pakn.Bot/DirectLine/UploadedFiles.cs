namespace Pakn.Bot.DirectLine;

/// <summary>
/// The kinds of file a citizen may attach, recognised by name and by their first bytes: a file
/// renamed to look like a photo is refused.
/// </summary>
public static class UploadedFiles
{
    public const string AllowedKinds = "ảnh (JPG, PNG, GIF, WEBP, HEIC), PDF và tài liệu Word, Excel";

    private static readonly Dictionary<string, (string ContentType, Func<ReadOnlyMemory<byte>, bool> Matches)> ByExtension =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [".jpg"] = ("image/jpeg", IsJpeg),
            [".jpeg"] = ("image/jpeg", IsJpeg),
            [".png"] = ("image/png", IsPng),
            [".gif"] = ("image/gif", IsGif),
            [".webp"] = ("image/webp", IsWebp),
            [".heic"] = ("image/heic", IsHeif),
            [".heif"] = ("image/heif", IsHeif),
            [".pdf"] = ("application/pdf", b => StartsWith(b, "%PDF-"u8)),
            [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", IsZip),
            [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IsZip),
            [".doc"] = ("application/msword", IsOle),
            [".xls"] = ("application/vnd.ms-excel", IsOle),
        };

    /// <summary>The content type to store, or null when the file is not an allowed kind.</summary>
    public static string? Recognise(string fileName, ReadOnlyMemory<byte> content)
    {
        var extension = Path.GetExtension(fileName);
        if (ByExtension.TryGetValue(extension, out var kind))
        {
            return kind.Matches(content) ? kind.ContentType : null;
        }

        // Pasted or captured images often arrive named "blob" or "image": accept them by content.
        if (extension.Length == 0)
        {
            foreach (var image in new[] { ".jpg", ".png", ".gif", ".webp", ".heic" })
            {
                if (ByExtension[image].Matches(content))
                {
                    return ByExtension[image].ContentType;
                }
            }
        }

        return null;
    }

    /// <summary>A name safe to store and show: no folders, no control characters, not too long.</summary>
    public static string CleanName(string? name)
    {
        var clean = new string(Path.GetFileName(name ?? "").Where(c => !char.IsControl(c) && c is not ('\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u202e')).ToArray()).Trim();
        if (clean.Length == 0)
        {
            return "tep-dinh-kem";
        }

        if (clean.Length <= 120)
        {
            return clean;
        }

        var extension = Path.GetExtension(clean);
        return clean[..(120 - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
    }

    private static bool StartsWith(ReadOnlyMemory<byte> content, ReadOnlySpan<byte> magic) => content.Span.StartsWith(magic);

    private static bool IsJpeg(ReadOnlyMemory<byte> b) => StartsWith(b, [0xFF, 0xD8, 0xFF]);

    private static bool IsPng(ReadOnlyMemory<byte> b) => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static bool IsGif(ReadOnlyMemory<byte> b) => StartsWith(b, "GIF87a"u8) || StartsWith(b, "GIF89a"u8);

    private static bool IsWebp(ReadOnlyMemory<byte> b) => b.Length >= 12 && StartsWith(b, "RIFF"u8) && b.Span[8..12].SequenceEqual("WEBP"u8);

    private static bool IsHeif(ReadOnlyMemory<byte> b) => b.Length >= 12 && b.Span[4..8].SequenceEqual("ftyp"u8)
        && (b.Span[8..12].SequenceEqual("heic"u8) || b.Span[8..12].SequenceEqual("heix"u8)
            || b.Span[8..12].SequenceEqual("mif1"u8) || b.Span[8..12].SequenceEqual("msf1"u8) || b.Span[8..12].SequenceEqual("hevc"u8));

    private static bool IsZip(ReadOnlyMemory<byte> b) => StartsWith(b, [0x50, 0x4B, 0x03, 0x04]);

    private static bool IsOle(ReadOnlyMemory<byte> b) => StartsWith(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
}
