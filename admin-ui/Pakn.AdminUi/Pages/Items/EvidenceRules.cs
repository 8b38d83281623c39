using Pakn.Core.Attachments;

namespace Pakn.AdminUi.Pages.Items;

/// <summary>
/// What staff may attach as evidence for an answer: the photo and PDF part of the citizens'
/// rules (same 10 MB limit, the first bytes must match the type), because evidence may be
/// shown on the public page, where Office files and HEIC do not display.
/// </summary>
public static class EvidenceRules
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 255;

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = ".jpg",
        ["image/png"] = ".png",
        ["image/gif"] = ".gif",
        ["image/webp"] = ".webp",
        ["application/pdf"] = ".pdf",
    };

    public static string Accept => string.Join(',', Extensions.Keys);

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    public static bool IsAllowed(string contentType) => Extensions.ContainsKey(contentType);

    /// <summary>Null when the file may be kept; otherwise why not, in Vietnamese.</summary>
    public static string? Check(string? fileName, string? contentType, ReadOnlyMemory<byte> content)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "tệp" : fileName.Trim();
        if (content.Length == 0)
        {
            return $"Tệp “{name}” rỗng.";
        }

        if (content.Length > MaxBytes)
        {
            return $"Tệp “{name}” quá lớn: mỗi tệp tối đa 10 MB.";
        }

        if (contentType is null || !Extensions.ContainsKey(contentType) || !FileSignatures.Matches(contentType, content))
        {
            return $"Tệp “{name}” không đúng định dạng cho phép (ảnh JPG, PNG, GIF, WEBP hoặc PDF).";
        }

        return name.Length > MaxFileNameLength ? "Tên tệp quá dài (tối đa 255 ký tự)." : null;
    }

    public static string ExtensionOf(string contentType) => Extensions[contentType];
}
