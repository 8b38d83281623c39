using System.Text;
using System.Text.RegularExpressions;

namespace Pakn.Core.Text;

/// <summary>
/// Answers are written in a small markup (blank line = paragraph, <c>**bold**</c>, lines
/// starting "- " or "1. " = lists, <c>[text](https://…)</c> or a bare https link) and shown as
/// HTML built here. Everything typed is HTML-encoded first and only the tags below are ever
/// emitted, so hostile HTML in an answer renders as text: safe by construction, with no
/// sanitiser to keep up to date. See docs/decisions/ItemWorkflow-rich-text.md.
/// </summary>
public static partial class RichText
{
    public static string ToHtml(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup))
        {
            return "";
        }

        var html = new StringBuilder();
        var text = markup.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var block in BlankLines().Split(text.Trim()))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            if (lines.All(l => Bullet().IsMatch(l)))
            {
                AppendList(html, "ul", lines.Select(l => Bullet().Replace(l, "")));
            }
            else if (lines.All(l => Numbered().IsMatch(l)))
            {
                AppendList(html, "ol", lines.Select(l => Numbered().Replace(l, "")));
            }
            else
            {
                html.Append("<p>").AppendJoin("<br>", lines.Select(Inline)).Append("</p>");
            }
        }

        return html.ToString();
    }

    /// <summary>The same text for channels that show no formatting (chat, SMS, search).</summary>
    public static string ToPlain(string? markup) =>
        string.IsNullOrEmpty(markup) ? "" : MarkdownLink().Replace(markup.Replace("**", "", StringComparison.Ordinal), "$1 ($2)");

    private static void AppendList(StringBuilder html, string tag, IEnumerable<string> items)
    {
        html.Append('<').Append(tag).Append('>');
        foreach (var item in items)
        {
            html.Append("<li>").Append(Inline(item)).Append("</li>");
        }

        html.Append("</").Append(tag).Append('>');
    }

    private static string Inline(string line) =>
        Tokens().Replace(Encode(line), m =>
            m.Groups["url"].Success ? Link(m.Groups["url"].Value, m.Groups["label"].Value)
            : m.Groups["bare"].Success ? BareLink(m.Groups["bare"].Value)
            : $"<strong>{m.Groups["bold"].Value}</strong>");

    /// <summary>A sentence's closing punctuation after a bare link is not part of it.</summary>
    private static string BareLink(string url)
    {
        var trimmed = url;
        while (trimmed.Length > 0 && ".,;:!?".Contains(trimmed[^1], StringComparison.Ordinal) && !trimmed.EndsWith("&amp;", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^1];
        }

        return Link(trimmed, trimmed) + url[trimmed.Length..];
    }

    /// <summary>Only the characters that matter to HTML: Vietnamese letters stay readable in the stored page.</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    // The URL is already HTML-encoded (it came from encoded text), so it is safe inside the attribute.
    private static string Link(string url, string label) =>
        $"<a href=\"{url}\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">{label}</a>";

    [GeneratedRegex(@"\n\s*\n", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\s*[-*•]\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*\d{1,3}[.)]\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\[(?<label>[^\]\n]{1,300})\]\((?<url>https?://(?:[^\s()&]|&amp;){1,2000})\)|(?<bare>https?://(?:[^\s()&]|&amp;){1,2000})|\*\*(?<bold>[^*\n]{1,2000})\*\*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\[([^\]\n]{1,300})\]\((https?://[^\s()]{1,2000})\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownLink();
}
