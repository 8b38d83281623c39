using System.Text.RegularExpressions;

namespace Pakn.Core.Intake;

/// <summary>Vietnamese phone numbers: mobile 0[35789]x xxx xxxx, landline 02xx xxx xxxx; +84 accepted.</summary>
public static partial class PhoneNumbers
{
    public static bool TryNormalize(string? input, out string phone)
    {
        phone = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > 24)
        {
            return false;
        }

        var digits = SeparatorPattern().Replace(input.Trim(), "");
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            digits = "0" + digits[2..];
        }

        if (!MobilePattern().IsMatch(digits) && !LandlinePattern().IsMatch(digits))
        {
            return false;
        }

        phone = digits;
        return true;
    }

    public static bool IsMobile(string normalized) => MobilePattern().IsMatch(normalized);

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^0[35789][0-9]{8}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^02[0-9]{9}$")]
    private static partial Regex LandlinePattern();
}
