namespace Pakn.Routing.Classification;

/// <summary>
/// When routing trusts the classifier: the best label is likely enough and clearly ahead of the
/// runner-up (two fields neck and neck is the typical wrong-unit case even at a fair probability).
/// </summary>
public static class RoutingConfidence
{
    public static bool IsSure(IReadOnlyList<LabelScore> ranked, double threshold, double margin) =>
        ranked.Count > 0
        && ranked[0].Probability >= threshold
        && (ranked.Count == 1 || ranked[0].Probability - ranked[1].Probability >= margin);
}
