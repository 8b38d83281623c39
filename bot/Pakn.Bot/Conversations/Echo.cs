namespace Pakn.Bot.Conversations;

/// <summary>
/// A citizen's words shown back to them (summary card, "did you mean"): shortened, with markup
/// characters replaced, so pasted HTML or markdown never becomes active in any chat client.
/// </summary>
public static class Echo
{
    public static string Of(string text, int max = 300)
    {
        var plain = new string(text.Select(c => c switch
        {
            '<' => '‹',
            '>' => '›',
            '[' or ']' or '`' or '*' or '_' => ' ',
            '\r' or '\n' or '\t' => ' ',
            _ => c,
        }).ToArray()).Trim();
        return plain.Length <= max ? plain : plain[..max].TrimEnd() + "…";
    }
}
