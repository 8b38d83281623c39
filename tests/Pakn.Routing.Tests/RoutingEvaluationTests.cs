using Pakn.Routing.Classification;

namespace Pakn.Routing.Tests;

public class RoutingEvaluationTests
{
    /// <summary>Ten items: right at 0.9 (×6) and 0.5 (×1), wrong at 0.6 (×1) and 0.3 (×2).</summary>
    private static RoutingEvaluation Sample() => RoutingEvaluation.FromPredictions(
        [
            .. Enumerable.Repeat(Item("DO_THI", "DO_THI", 0.9f), 6),
            Item("DO_THI", "DO_THI", 0.5f),
            Item("DO_THI", "GIAO_THONG", 0.6f),
            Item("KHAC", "TTHC", 0.3f),
            Item("KHAC", "TTHC", 0.3f),
        ],
        threshold: 0);

    [Fact]
    public void Should_abstain_below_the_confident_mistakes_when_a_mistake_costs_more_than_the_items_lost()
    {
        // Abstaining up to 0.6 loses one right item (0.5) and saves three mistakes.
        var cut = Sample().ChooseThreshold(mistakeCost: 3);
        var chosen = Sample().With(cut, 0);

        Assert.InRange(cut, 0.6, 0.9);
        Assert.Equal(1.0, chosen.AccuracyWhenSure);
        Assert.Equal(0.4, chosen.AbstainRate, 3);
    }

    [Fact]
    public void Should_keep_a_right_item_routed_when_the_mistake_above_it_does_not_pay_for_it()
    {
        // At cost 1.5 dropping the two 0.3 mistakes pays; dropping 0.5 (right) to reach 0.6 (wrong) does not.
        var cut = Sample().ChooseThreshold(mistakeCost: 1.5);

        Assert.InRange(cut, 0.3, 0.5);
    }

    [Fact]
    public void Should_not_abstain_when_nothing_is_wrong()
    {
        var allRight = RoutingEvaluation.FromPredictions([Item("Y_TE", "Y_TE", 0.4f), Item("Y_TE", "Y_TE", 0.95f)], threshold: 0);

        Assert.Equal(0, allRight.ChooseThreshold(mistakeCost: 10));
    }

    private static (CorpusExample, IReadOnlyList<LabelScore>) Item(string label, string predicted, float probability) =>
        (new CorpusExample("…", label), [new LabelScore(predicted, probability), new LabelScore(predicted == label ? "KHAC" : label, 1 - probability)]);
}
