using Pakn.Bot.Conversations;

namespace Pakn.Bot.Zalo;

/// <summary>
/// A bot message as Zalo text: customer-service text messages have no quick replies, so the
/// choices are listed by their titles, which the dialog understands when typed back.
/// </summary>
public static class ZaloText
{
    public static string Of(BotMessage message)
    {
        var text = message.Text;
        if (message.Card?.Link is { Length: > 0 } link)
        {
            text += $"\nXem chi tiết: {link}";
        }

        var actions = message.Actions ?? message.Card?.Actions;
        if (actions is { Count: > 0 })
        {
            text += "\nBạn có thể trả lời: " + string.Join(" · ", actions.Take(12).Select(a => $"“{a.Title}”"));
        }

        return text.Length <= ZaloClient.MaxTextLength ? text : text[..(ZaloClient.MaxTextLength - 1)] + "…";
    }
}
