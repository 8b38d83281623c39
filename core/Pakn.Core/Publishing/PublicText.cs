using System.Text.RegularExpressions;
using Pakn.Core.Feedback;
using Pakn.Core.Text;

namespace Pakn.Core.Publishing;

/// <summary>
/// Removes personal data from text about to be published: the filer's own name and address
/// wherever they appear, then phones, ID numbers and emails (<see cref="PersonalData"/>).
/// The moderator reads the result before it goes out; this is the floor, not the judgement.
/// </summary>
public static class PublicText
{
    public const string NamePlaceholder = "[họ tên]";
    public const string AddressPlaceholder = "[địa chỉ]";

    public static string Strip(string? text, Contact? contact)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = VietnameseText.Canonical(text);
        if (contact is not null)
        {
            result = Replace(result, contact.Address, AddressPlaceholder);
            result = Replace(result, contact.Name, NamePlaceholder);
        }

        return PersonalData.Mask(result);
    }

    private static string Replace(string text, string? value, string placeholder) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length < 3
            ? text
            : Regex.Replace(text, Regex.Escape(VietnameseText.Canonical(value.Trim())), placeholder,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
