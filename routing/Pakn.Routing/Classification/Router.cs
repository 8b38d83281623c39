using System.Globalization;
using Pakn.Core.Feedback;

namespace Pakn.Routing.Classification;

/// <summary>
/// Turns the classifier's ranking and the area into a decision: a unit with a field, or triage
/// with the top suggestions. Texts that look like khiếu nại, tố cáo or spam are never routed
/// to a unit as PAKN: a coordinator confirms and tells the filer where they belong.
/// </summary>
public static class Router
{
    public static RoutingDecision Decide(
        RoutingSnapshot table, IReadOnlyList<LabelScore> ranked, string text, string? areaCode, DateTimeOffset at, double threshold, double margin = 0)
    {
        var severity = UrgencyDetector.Detect(text);
        var suggestions = ranked.Where(s => RoutingLabels.IsPakn(s.Label)).Take(3).Select(s => s.Label).ToArray();
        if (ranked.Count == 0)
        {
            return RoutingDecision.Triage("Nội dung trống hoặc không đọc được.", suggestions, severity);
        }

        var best = ranked[0];
        var confidence = best.Probability.ToString("P0", CultureInfo.GetCultureInfo("vi-VN"));
        if (!RoutingLabels.IsPakn(best.Label))
        {
            var reason = best.Label switch
            {
                RoutingLabels.Complaint => $"Có dấu hiệu là đơn khiếu nại ({confidence}): giải quyết theo Luật Khiếu nại, không theo quy trình PAKN.",
                RoutingLabels.Denunciation => $"Có dấu hiệu là đơn tố cáo ({confidence}): giải quyết theo Luật Tố cáo; giữ bí mật danh tính người tố cáo.",
                _ => $"Có dấu hiệu là tin rác hoặc không có nội dung phản ánh ({confidence}).",
            };
            return RoutingDecision.Triage(reason, suggestions, severity) with { NotPaknLabel = best.Label };
        }

        if (!RoutingConfidence.IsSure(ranked, threshold, margin))
        {
            var runnerUp = ranked.Count > 1 ? $", tiếp theo {ranked[1].Label}: {ranked[1].Probability.ToString("P0", CultureInfo.GetCultureInfo("vi-VN"))}" : "";
            return RoutingDecision.Triage(
                $"Chưa đủ chắc chắn về lĩnh vực (cao nhất {best.Label}: {confidence}{runnerUp}).", suggestions, severity);
        }

        var (unit, unitReason) = table.FindUnit(best.Label, areaCode, at);
        return unit is null
            ? RoutingDecision.Triage(unitReason, suggestions, severity)
            : new RoutingDecision(best.Label, unit.Code, severity, best.Probability, unitReason, suggestions);
    }

    /// <summary>
    /// The local model was unsure; a language model was asked. When both name the same field the
    /// item is routed; otherwise it stays in triage with the model's answer first among the
    /// suggestions. Both answers are kept in the reason (and so in the audit trail).
    /// </summary>
    public static RoutingDecision WithSecondOpinion(
        RoutingSnapshot table, RoutingDecision local, LabelScore localBest, string? modelAnswer, string? areaCode, DateTimeOffset at)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var both = $"máy học: {localBest.Label} ({localBest.Probability.ToString("P0", vi)}); mô hình ngôn ngữ: {modelAnswer ?? "không trả lời"}";
        if (modelAnswer is null)
        {
            return local with { Reason = $"{local.Reason} ({both})" };
        }

        if (modelAnswer == localBest.Label && RoutingLabels.IsPakn(modelAnswer))
        {
            var (unit, unitReason) = table.FindUnit(modelAnswer, areaCode, at);
            if (unit is not null)
            {
                return new RoutingDecision(modelAnswer, unit.Code, local.Severity, localBest.Probability, $"{unitReason}; hai mô hình cùng chọn ({both})", local.Suggestions);
            }
        }

        var suggestions = RoutingLabels.IsPakn(modelAnswer)
            ? [modelAnswer, .. local.Suggestions.Where(s => s != modelAnswer).Take(2)]
            : local.Suggestions;
        return local with { Reason = $"{local.Reason} ({both})", Suggestions = suggestions };
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
    /// <summary>KHIEU_NAI, TO_CAO or SPAM when the text does not look like PAKN at all.</summary>
    public string? NotPaknLabel { get; init; }

    public static RoutingDecision Triage(string reason, IReadOnlyList<string> suggestions, Severity severity) =>
        new(null, null, severity, 0, reason, suggestions);
}
