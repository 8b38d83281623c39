using Pakn.Core.Feedback;
using Pakn.Core.Text;

namespace Pakn.Routing.Classification;

/// <summary>
/// Danger to life, safety, disaster or epidemic makes an item khẩn (handled within hours, not
/// days). Phrases are matched as whole words on folded text.
/// </summary>
public static class UrgencyDetector
{
    private static readonly string[] Phrases =
    [
        "chay nha", "dam chay", "hoa hoan", "no binh gas", "ro ri gas", "sap nha", "sap do", "sat lo",
        "lu quet", "ngap sau", "dien giat", "day dien dut", "cot dien do", "cay do", "tai nan nghiem trong",
        "nguoi bi thuong", "nguy hiem tinh mang", "ngo doc", "dich benh", "sot xuat huyet", "nguy co sap",
        "vo de", "ho tu than", "troi nguoi",
    ];

    public static Severity Detect(string text)
    {
        var folded = $" {VietnameseText.Fold(text)} ";
        return Phrases.Any(p => folded.Contains($" {p} ", StringComparison.Ordinal)) ? Severity.Urgent : Severity.Normal;
    }
}
