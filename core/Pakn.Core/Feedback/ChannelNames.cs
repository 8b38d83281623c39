namespace Pakn.Core.Feedback;

public static class ChannelNames
{
    private static readonly Dictionary<string, Channel> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["web_chat"] = Channel.WebChat,
        ["zalo"] = Channel.Zalo,
        ["api"] = Channel.Api,
        ["hotline"] = Channel.Hotline,
        ["counter"] = Channel.Counter,
        ["email"] = Channel.Email,
        ["mailbox"] = Channel.MailBox,
    };

    public static IEnumerable<string> Codes => ByCode.Keys;

    public static bool TryParse(string code, out Channel channel) => ByCode.TryGetValue(code.Trim(), out channel);

    public static string Code(Channel channel) => ByCode.First(p => p.Value == channel).Key;

    public static string Label(Channel channel) => channel switch
    {
        Channel.WebChat => "Trò chuyện trên cổng thông tin",
        Channel.Zalo => "Zalo OA",
        Channel.Api => "Ứng dụng kết nối (API)",
        Channel.Hotline => "Đường dây nóng",
        Channel.Counter => "Trực tiếp tại bộ phận tiếp nhận",
        Channel.Email => "Thư điện tử",
        Channel.MailBox => "Hòm thư góp ý",
        _ => channel.ToString(),
    };
}
