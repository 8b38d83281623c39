using System.Text.RegularExpressions;

namespace Pakn.Core.Text;

/// <summary>
/// Finds phone numbers, CCCD/CMND numbers and emails in free text and replaces them with
/// placeholders, before text reaches a log, an external model or a public page. Rule-based
/// and deliberately eager: a masked house number is a small loss, a leaked phone is not.
/// </summary>
public static partial class PersonalData
{
    public const string PhonePlaceholder = "[số điện thoại]";
    public const string IdPlaceholder = "[số định danh]";
    public const string EmailPlaceholder = "[email]";

    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        // Identity numbers first: a 12-digit CCCD starting with 0 also looks like a phone.
        var masked = EmailPattern().Replace(text, EmailPlaceholder);
        masked = IdPattern().Replace(masked, IdPlaceholder);
        return PhonePattern().Replace(masked, PhonePlaceholder);
    }

    public static bool Contains(string text) =>
        EmailPattern().IsMatch(text) || PhonePattern().IsMatch(text) || IdPattern().IsMatch(text);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailPattern();

    // Vietnamese mobile and landline numbers, with +84/84/0, written with spaces, dots or dashes.
    [GeneratedRegex(@"(?<![\p{N}])(?:\+?84|0)(?:[\s.\-]?\p{N}){8,10}(?![\p{N}])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhonePattern();

    // CCCD (12 digits) and the old CMND (9 digits), possibly grouped.
    [GeneratedRegex(@"(?<![\p{N}])(?:\p{N}[\s.]?){11}\p{N}(?![\p{N}])|(?<![\p{N}])\p{N}{9}(?![\p{N}])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdPattern();
}
