using System.Globalization;
using Pakn.Core.Attachments;

namespace Pakn.Bot.Conversations;

/// <summary>
/// Which files a citizen may attach: photos, PDF and Office documents within the size limit,
/// whose first bytes agree with the type they claim (a renamed program is refused).
/// </summary>
public static class AttachmentRules
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Null when the file may be kept; otherwise the Vietnamese reason it is refused.</summary>
    public static string? Check(ChatUpload upload, BotOptions options, int alreadyAttached)
    {
        var name = SafeName(upload.FileName);
        if (alreadyAttached >= options.MaxAttachments)
        {
            return $"Tệp “{name}” chưa được nhận: mỗi phản ánh đính kèm tối đa {options.MaxAttachments} tệp.";
        }

        if (upload.Content.Length == 0)
        {
            return $"Tệp “{name}” trống, chưa được nhận.";
        }

        if (upload.Content.Length > options.MaxAttachmentBytes)
        {
            return $"Tệp “{name}” quá lớn ({Megabytes(upload.Content.Length)}): mỗi tệp tối đa {Megabytes(options.MaxAttachmentBytes)}. "
                + "Bạn có thể chụp lại ảnh với độ phân giải thấp hơn hoặc chia nhỏ tài liệu.";
        }

        var type = upload.ContentType.Split(';')[0].Trim().ToLowerInvariant();
        if (!options.AllowedContentTypes.Contains(type, StringComparer.OrdinalIgnoreCase) || !FileSignatures.Matches(type, upload.Content))
        {
            return $"Tệp “{name}” chưa được nhận: chỉ nhận ảnh (JPG, PNG, WEBP, HEIC), PDF và tài liệu Word, Excel.";
        }

        return null;
    }

    public static string Extension(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        "image/heic" => ".heic",
        "application/pdf" => ".pdf",
        "application/msword" => ".doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
        "application/vnd.ms-excel" => ".xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
        _ => ".bin",
    };

    /// <summary>The file name without any folder part or characters that could mislead a reader; at most 120 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '"' or '/' or '\\') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "tệp";
        }

        return name.Length <= 120 ? name : name[..120];
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", Vietnamese) + " MB";
}
