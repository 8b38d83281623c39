using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Items;

/// <summary>One message of the chat that created the item (citizen or bot), with the files sent in it.</summary>
public sealed record TranscriptLine(DateTimeOffset At, bool FromBot, string Text, IReadOnlyList<string> Files);

/// <summary>
/// The web chat conversation an item came from (its reply address is the Direct Line
/// conversation), read from the stored activities. It carries the citizen's personal data, so
/// callers ask for it only for people who may see the contact (<see cref="Access.StaffScope.CanSeeContact"/>).
/// Zalo messages are not kept as a transcript, only the notices sent (the deliveries list).
/// </summary>
public static class Transcript
{
    public const int MaxLines = 300;

    public static async Task<IReadOnlyList<TranscriptLine>?> ForAsync(PaknDbContext db, FeedbackItem item, CancellationToken cancellationToken)
    {
        if (item.Channel != Channel.WebChat || item.Contact.ReplyAddress is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var activities = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId)
            .OrderByDescending(a => a.Sequence)
            .Take(MaxLines)
            .Select(a => new { a.Sequence, a.FromBot, a.CreatedAt, a.Body })
            .ToListAsync(cancellationToken);
        return [.. activities.OrderBy(a => a.Sequence).Select(a => Line(a.FromBot, a.CreatedAt, a.Body)).OfType<TranscriptLine>()];
    }

    /// <summary>Messages only (typing and join events are noise); a body that is not ours to parse is skipped.</summary>
    private static TranscriptLine? Line(bool fromBot, DateTimeOffset at, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (!root.TryGetProperty("type", out var type) || type.GetString() != "message")
            {
                return null;
            }

            var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "";
            var files = new List<string>();
            if (root.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            {
                foreach (var attachment in attachments.EnumerateArray())
                {
                    if (attachment.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    {
                        files.Add(name.GetString()!);
                    }
                }
            }

            return text.Length == 0 && files.Count == 0 ? null : new TranscriptLine(at, fromBot, text, files);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
