using Pakn.Bot.Conversations;

namespace Pakn.Bot.Zalo;

/// <summary>
/// A bot message as Zalo text: customer-service text messages have no cards or quick replies, so
/// the card's facts are listed as lines and the choices by their titles, which the dialog understands when typed back.
/// </summary>
public static class ZaloText
{
    public static string Of(BotMessage message)
    {
        var text = message.Text;
        if (message.Card is { } card)
        {
            text += "\n" + string.Join("\n", card.Facts.Select(f => $"• {f.Key}: {f.Value}"));
        }

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
