using System.Text.RegularExpressions;
using Pakn.Core.Text;

namespace Pakn.AdminUi.Pages.Items;

/// <summary>
/// Local rules against vague or evasive answers ("chấm dứt tình trạng trả lời chung chung, né
/// tránh, đùn đẩy"): an answer should say what was done, when, and who is responsible. A flag
/// is advice: the officer sees why and may send anyway with a note.
/// </summary>
public static partial class AnswerQuality
{
    public const int MinimumLength = 60;

    // Folded (no diacritics), so "đã sửa" and "da sua" both count.
    private static readonly string[] Actions =
    [
        "da sua", "da thay", "da kiem tra", "da xu ly", "da xu phat", "da lap bien ban", "da yeu cau", "da khac phuc",
        "da thu gom", "da nao vet", "da cat", "da don", "da ve sinh", "da lam viec", "da to chuc", "da giai quyet",
        "da cuong che", "da thao do", "da hoan tra", "da cap", "da huong dan", "da bo tri", "da lap dat", "da tra loi",
        "se tien hanh", "se sua", "se thay", "se khac phuc", "se xu ly", "se hoan thanh", "da tham muu", "da ban hanh",
    ];

    private static readonly string[] Responsible =
    [
        "ubnd", "uy ban", "phong ", "doi ", "so ", "cong an", "ban quan ly", "trung tam", "cong ty", "to dan pho",
        "ong ", "ba ", "dong chi", "chu tich", "truong phong", "giam doc", "can bo", "don vi",
    ];

    private static readonly string[] Generic =
    [
        "chuyen co quan chuc nang", "co quan chuc nang xem xet", "dang xem xet", "se xem xet", "ghi nhan y kien",
        "tiep thu y kien", "theo quy dinh", "trong thoi gian som nhat",
    ];

    /// <summary>Why the answer looks vague, in Vietnamese; empty when it reads as a concrete answer.</summary>
    public static IReadOnlyList<string> Check(string? answer)
    {
        var text = answer?.Trim() ?? "";
        var folded = $" {VietnameseText.Fold(text)} ";
        var reasons = new List<string>();
        var hasAction = Actions.Any(a => folded.Contains($" {a} ", StringComparison.Ordinal) || folded.Contains($" {a}", StringComparison.Ordinal));
        if (text.Length < MinimumLength)
        {
            reasons.Add($"Câu trả lời quá ngắn (dưới {MinimumLength} ký tự).");
        }

        if (!hasAction)
        {
            reasons.Add("Chưa nêu việc cụ thể đã làm hoặc sẽ làm (ví dụ: “đã sửa”, “đã lập biên bản”, “sẽ hoàn thành”).");
        }

        if (!DatePattern().IsMatch(text))
        {
            reasons.Add("Chưa nêu thời gian cụ thể (ngày, tháng hoặc thời hạn).");
        }

        if (!Responsible.Any(r => folded.Contains($" {r}", StringComparison.Ordinal)))
        {
            reasons.Add("Chưa nêu đơn vị hoặc người chịu trách nhiệm.");
        }

        if (!hasAction && Generic.Any(g => folded.Contains(g, StringComparison.Ordinal)))
        {
            reasons.Add("Chỉ có cụm từ chung chung (như “đã chuyển cơ quan chức năng”) mà không nêu kết quả.");
        }

        return reasons;
    }

    // 21/11, 21/11/2026, 21-11-2026, "ngày 21", "tháng 12", "trong 5 ngày", "trước 30/11".
    [GeneratedRegex(@"\d{1,2}\s*[/.-]\s*\d{1,2}|\b(ngày|tháng|tuần|năm)\s+\d{1,4}|\d+\s+(ngày|tuần|tháng|giờ)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();
}
