using Pakn.Bot.Conversations;
using Pakn.Core.Attachments;

namespace Pakn.Bot.DirectLine;

/// <summary>
/// The kinds of file a citizen may attach, recognised by name and by their first bytes: a file
/// renamed to look like a photo is refused.
/// </summary>
public static class UploadedFiles
{
    public const string AllowedKinds = "ảnh (JPG, PNG, GIF, WEBP, HEIC), PDF và tài liệu Word, Excel";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".heic"] = "image/heic",
        [".heif"] = "image/heif",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
    };

    /// <summary>The content type to store, or null when the file is not an allowed kind.</summary>
    public static string? Recognise(string fileName, ReadOnlyMemory<byte> content)
    {
        var extension = Path.GetExtension(fileName);
        if (ContentTypes.TryGetValue(extension, out var contentType))
        {
            return FileSignatures.Matches(contentType, content) ? contentType : null;
        }

        // Pasted or captured images often arrive named "blob" or "image": accept them by content.
        return extension.Length == 0
            ? Array.Find(["image/jpeg", "image/png", "image/gif", "image/webp", "image/heic"], image => FileSignatures.Matches(image, content))
            : null;
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

}
