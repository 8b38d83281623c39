using Pakn.Core.Feedback;

namespace Pakn.Routing.Classification;

/// <summary>Turns text and area into a decision: a unit with a field, or triage with suggestions.</summary>
public static class Router
{
    public static RoutingDecision Decide(RoutingSnapshot table, string text, string? areaCode, DateTimeOffset at)
    {
        var scores = table.Classifier.Classify(text);
        var severity = UrgencyDetector.Detect(text);
        var suggestions = scores.Take(3).Select(s => s.FieldCode).ToArray();
        if (scores.Count == 0)
        {
            return RoutingDecision.Triage("Không nhận ra lĩnh vực của nội dung.", suggestions, severity);
        }

        var best = scores[0];
        if (scores.Count > 1 && scores[1].Score == best.Score)
        {
            return RoutingDecision.Triage(
                $"Nội dung liên quan ngang nhau đến nhiều lĩnh vực ({string.Join(", ", scores.TakeWhile(s => s.Score == best.Score).Select(s => s.FieldCode))}).",
                suggestions,
                severity);
        }

        var (unit, reason) = table.FindUnit(best.FieldCode, areaCode, at);
        if (unit is null)
        {
            return RoutingDecision.Triage(reason, suggestions, severity);
        }

        var confidence = (double)best.Score / scores.Sum(s => s.Score);
        return new RoutingDecision(best.FieldCode, unit.Code, severity, confidence, reason, suggestions);
    }

    /// <summary>The filer chose the field (an Open311 service code): only the unit is decided here.</summary>
    public static RoutingDecision DecideForField(RoutingSnapshot table, string fieldCode, string text, string? areaCode, DateTimeOffset at)
    {
        var severity = UrgencyDetector.Detect(text);
        var (unit, reason) = table.FindUnit(fieldCode, areaCode, at);
        return unit is null
            ? RoutingDecision.Triage(reason, [fieldCode], severity)
            : new RoutingDecision(fieldCode, unit.Code, severity, 1, $"Lĩnh vực do người gửi chọn; {reason.ToLowerInvariant()}", [fieldCode]);
    }
}

public sealed record RoutingDecision(
    string? FieldCode,
    string? UnitCode,
    Severity Severity,
    double Confidence,
    string Reason,
    IReadOnlyList<string> Suggestions)
{
    public static RoutingDecision Triage(string reason, IReadOnlyList<string> suggestions, Severity severity) =>
        new(null, null, severity, 0, reason, suggestions);
}
