namespace Pakn.Core.Text;

/// <summary>
/// Chat abbreviations and common misspellings, keyed by the lowercased token, with the words
/// they stand for. Only tokens that are not words themselves and are unambiguous in PAKN
/// messages are listed: "hong" (hỏng), "hs" (học sinh or hồ sơ), "gd" (gia đình or giáo dục),
/// "dt" (điện thoại or diện tích) and "v" stay as written.
/// </summary>
internal static class ChatShorthand
{
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ko"] = "không", ["k"] = "không", ["kg"] = "không", ["khg"] = "không", ["kh"] = "không",
        ["hok"] = "không", ["hem"] = "không", ["hk"] = "không", ["khum"] = "không",
        ["dc"] = "được", ["đc"] = "được", ["dk"] = "được", ["đk"] = "được",
        ["j"] = "gì", ["gj"] = "gì", ["vs"] = "với",
        ["ntn"] = "như thế nào", ["bn"] = "bao nhiêu", ["bnhiu"] = "bao nhiêu",
        ["z"] = "vậy", ["dz"] = "vậy", ["zay"] = "vậy", ["zậy"] = "vậy",
        ["nc"] = "nước", ["r"] = "rồi", ["ms"] = "mới", ["mn"] = "mọi người", ["mng"] = "mọi người",
        ["nhiu"] = "nhiều", ["nhìu"] = "nhiều", ["wa"] = "quá", ["wá"] = "quá", ["qá"] = "quá",
        ["ng"] = "người", ["ngta"] = "người ta", ["cx"] = "cũng", ["cg"] = "cũng",
        ["bít"] = "biết", ["bik"] = "biết", ["mik"] = "mình", ["mk"] = "mình",
        ["sdt"] = "số điện thoại", ["sđt"] = "số điện thoại", ["tks"] = "cảm ơn",
        ["bv"] = "bệnh viện", ["ubnd"] = "ủy ban nhân dân", ["csgt"] = "cảnh sát giao thông",
        ["tdp"] = "tổ dân phố", ["gv"] = "giáo viên", ["trc"] = "trước", ["lm"] = "làm",
        ["ak"] = "à", ["ah"] = "à", ["oy"] = "rồi", ["rùi"] = "rồi",
    };
}
