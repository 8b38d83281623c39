using Pakn.Bot.Conversations;

namespace Pakn.Bot.DirectLine;

/// <summary>Turns the engine's channel-free messages into Direct Line activities.</summary>
public static class BotActivities
{
    public static Activity From(BotMessage message, ChannelAccount? user, string? replyToId)
    {
        var activity = new Activity
        {
            Type = "message",
            From = ActivityStore.Bot,
            Recipient = user,
            Text = HardLineBreaks(message.Text),
            Locale = "vi-VN",
            ReplyToId = replyToId,
            InputHint = "expectingInput",
        };

        // Card buttons join the quick replies: Web Chat shows both the same way, and the answer
        // comes back as one plain value the engine already understands.
        var actions = (message.Actions ?? []).Concat(message.Card?.Actions ?? []).Distinct().ToList();
        if (actions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions(
                actions.Select(a => new CardAction("messageBack", a.Title, a.Title, a.Title, a.Value)).ToList(),
                user?.Id is { } id ? [id] : null);
        }

        if (message.Card is { } card)
        {
            activity.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = AdaptiveCard(card) }];
        }

        return activity;
    }

    /// <summary>
    /// Web Chat renders text as Markdown, where a single line break is only a space: the engine's
    /// lines (lists, summaries) become Markdown hard breaks.
    /// </summary>
    private static string HardLineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\n\n", "\u0000", StringComparison.Ordinal)
            .Replace("\n", "  \n", StringComparison.Ordinal)
            .Replace("\u0000", "\n\n", StringComparison.Ordinal);

    private static Dictionary<string, object> AdaptiveCard(BotCard card)
    {
        var adaptive = new Dictionary<string, object>
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.3",
            ["body"] = new object[]
            {
                new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = card.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new Dictionary<string, object>
                {
                    ["type"] = "FactSet",
                    ["facts"] = card.Facts.Select(f => new Dictionary<string, string> { ["title"] = f.Key, ["value"] = f.Value }).ToArray(),
                },
            },
        };
        if (card.Link is { } link)
        {
            adaptive["actions"] = new object[]
            {
                new Dictionary<string, string> { ["type"] = "Action.OpenUrl", ["title"] = "Xem trang tra cứu", ["url"] = link },
            };
        }

        return adaptive;
    }
}
