using System.Text.RegularExpressions;
using Pakn.Core.Feedback;

namespace Pakn.Bot.Conversations;

/// <summary>
/// What a short message means whatever step the citizen is at: commands (cancel, back, help,
/// change an answer), questions asked in passing, greetings. Phrases are folded (no diacritics,
/// shorthand expanded), so "huy", "Hủy" and "hủy bỏ" all cancel. Only short messages count:
/// a long description that happens to contain "hủy" is content, not a command.
/// </summary>
public static partial class Intents
{
    private const int CommandMaxWords = 6;

    public static bool IsCancel(ChatInput input) => Short(input) && input.Is(
        "huy", "huy bo", "thoi", "dung lai", "cancel", "huy phan anh", "thoi khong gui nua", "khong gui nua", "khong gui", "huy di", "thoi khong");

    public static bool IsBack(ChatInput input) => Short(input) && input.Is("quay lai", "tro lai", "back", "lui lai", "quay lai buoc truoc", "quay lai di");

    public static bool IsHelp(ChatInput input) => Short(input) && input.Is(
        "giup", "giup do", "huong dan", "help", "tro giup", "giup voi", "toi can giup", "can giup do", "lam sao", "lam the nao", "lam nhu the nao");

    public static bool IsMenu(ChatInput input) => Short(input) && input.Is("menu", "bat dau lai", "bat dau", "lam lai", "start");

    /// <summary>"sửa", "sửa địa chỉ", "đổi sđt": the rest names the answer to change.</summary>
    public static bool IsEdit(ChatInput input, out string rest)
    {
        rest = "";
        if (!Short(input))
        {
            return false;
        }

        foreach (var verb in new[] { "chinh sua", "thay doi", "sua lai", "sua", "doi" })
        {
            if (input.StartsWith(verb))
            {
                rest = input.Choice.Length > verb.Length ? input.Choice[(verb.Length + 1)..] : "";
                return true;
            }
        }

        return false;
    }

    public static bool IsStartFiling(ChatInput input) => Short(input) && input.Is(
        "gui phan anh", "phan anh", "kien nghi", "gui kien nghi", "gop y", "toi muon phan anh", "muon phan anh", "gui phan anh kien nghi", "phan anh kien nghi", "tao phan anh", "gui phan anh khac", "gui phan anh moi");

    public static bool IsLookup(ChatInput input) => Short(input) && input.StartsWith("tra cuu", "tra cu", "kiem tra", "xem tinh trang", "tinh trang", "tra ma");

    public static bool IsGreeting(ChatInput input) => input.Words.Count <= 4 && input.StartsWith(
        "xin chao", "chao", "hello", "hi", "alo", "helo", "hey", "chao ban", "chao ad", "em chao", "con chao");

    public static bool IsThanks(ChatInput input) => input.Words.Count <= 6 && input.Contains("cam on", "thank", "thanks", "thank you", "cam on nhieu");

    public static bool IsAbuse(ChatInput input) => input.Words.Count <= 8 && input.Words.Any(w => AbuseWords.Contains(w));

    public static bool IsYes(ChatInput input) => Short(input) && input.Is(
        "co", "dung", "dung roi", "ok", "oke", "okie", "okay", "uh", "u", "um", "uhm", "vang", "da", "dong y", "chinh xac", "gui", "gui di", "xac nhan", "yes", "y", "chuan", "dung vay", "da dung", "co a", "vang a", "da vang", "dung a", "gui phan anh");

    public static bool IsNo(ChatInput input) => Short(input) && input.Is(
        "khong", "sai", "chua", "no", "khong dung", "chua dung", "sai roi", "khong phai", "khong a", "chua a", "chua duoc", "van chua");

    public static bool IsSkip(ChatInput input) => Short(input) && input.Is(
        "bo qua", "khong co", "khong", "skip", "khong can", "de sau", "thoi bo qua", "khong co a", "khong a", "khong biet");

    /// <summary>A question asked in passing; the answer, or null.</summary>
    public static string? FrequentQuestion(ChatInput input)
    {
        if (input.Words.Count > 12)
        {
            return null;
        }

        if (input.Contains("bao gio", "bao lau", "khi nao", "may ngay", "mat bao lau", "lau khong", "bao nhieu ngay", "thoi han"))
        {
            return Replies.WhenAnswered;
        }

        if (input.Contains("mat phi", "ton phi", "mat tien", "co phi", "le phi", "phi khong"))
        {
            return Replies.Free;
        }

        if (input.Contains("cong khai", "bi mat", "lo thong tin", "an danh", "lo danh tinh", "giu kin", "bao mat"))
        {
            return Replies.Privacy;
        }

        return null;
    }

    /// <summary>A tracking code written anywhere in the message ("tra cứu pa-7k4m-9xq2").</summary>
    public static string? TrackingCodeIn(string text)
    {
        // Eight symbols alone are a code only when they are the whole message: inside a
        // sentence, ordinary words would pass the check symbol one time in thirty.
        if (TrackingCode.TryNormalize(text, out var bare))
        {
            return bare;
        }

        foreach (Match match in CodePattern().Matches(text.Length > 400 ? text[..400] : text))
        {
            if (TrackingCode.TryNormalize(match.Value, out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// Most words are not Vietnamese syllables: keyboard mashing, foreign text, a pasted
    /// prompt ("ignore previous instructions…"). Folded Vietnamese syllables follow
    /// onset + vowels + coda, which random letters and English rarely do.
    /// </summary>
    public static bool IsGibberish(ChatInput input)
    {
        var words = input.Words.Where(w => !w.All(char.IsAsciiDigit)).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var syllables = words.Count(w => Syllable().IsMatch(w));
        return syllables * 2 < words.Count;
    }

    private static bool Short(ChatInput input) => input.Words.Count <= CommandMaxWords || input.Value is not null;

    private static readonly HashSet<string> AbuseWords = new(StringComparer.Ordinal)
    {
        "dm", "dmm", "dcm", "dkm", "vcl", "vl", "vkl", "cc", "clm", "cmm", "dit", "deo", "dech", "cut", "ngu", "occho", "fuck", "shit", "dmvl", "vcc",
    };

    [GeneratedRegex(@"\bPA[\s\-_.]*[0-9A-Za-z]{4}[\s\-_.]?[0-9A-Za-z]{4}\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex CodePattern();

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Syllable();
}
