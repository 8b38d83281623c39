using Pakn.Core.Feedback;
using Pakn.Core.Reference;
using Pakn.Core.Seeding;
using Pakn.Routing.Classification;

namespace Pakn.Routing.Tests;

/// <summary>The decision logic on given rankings; the model itself is pinned in FieldClassifierTests.</summary>
public class RouterTests
{
    private const double Threshold = 0.6;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly RoutingSnapshot Table = DemoTable();

    internal static RoutingSnapshot DemoTable(IReadOnlyList<RoutingRule>? rules = null)
    {
        var demo = rules ?? DemoData.RoutingRules().Select((r, i) =>
            new RoutingRule { Id = i + 1, FieldCode = r.FieldCode, AreaCode = r.AreaCode, UnitCode = r.UnitCode }).ToList();
        return new RoutingSnapshot(DemoData.Fields(), DemoData.Areas(), DemoData.Units(), demo, Now);
    }

    private static LabelScore[] Ranked(params (string Label, float Probability)[] scores) =>
        [.. scores.Select(s => new LabelScore(s.Label, s.Probability))];

    [Fact]
    public void Should_route_to_the_areas_committee_when_sure_of_a_commune_field()
    {
        var decision = Router.Decide(Table, Ranked(("DO_THI", 0.9f), ("GIAO_THONG", 0.05f)), "Đèn đường hỏng", "P_SON_TRA", Now, Threshold);

        Assert.Equal("DO_THI", decision.FieldCode);
        Assert.Equal("UBND_P_SON_TRA", decision.UnitCode);
        Assert.Equal(0.9, decision.Confidence, 3);
    }

    [Fact]
    public void Should_send_to_triage_with_the_top_three_when_below_the_threshold()
    {
        var decision = Router.Decide(Table,
            Ranked(("DO_THI", 0.4f), ("SPAM", 0.3f), ("GIAO_THONG", 0.2f), ("MOI_TRUONG", 0.05f), ("KHAC", 0.05f)),
            "ngập", "P_HAI_CHAU", Now, Threshold);

        Assert.Null(decision.UnitCode);
        Assert.Equal(["DO_THI", "GIAO_THONG", "MOI_TRUONG"], decision.Suggestions);
        Assert.Contains("Chưa đủ chắc chắn", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KHIEU_NAI", "khiếu nại")]
    [InlineData("TO_CAO", "tố cáo")]
    [InlineData("SPAM", "tin rác")]
    public void Should_never_route_to_a_unit_when_the_text_is_not_pakn(string label, string reasonWord)
    {
        var decision = Router.Decide(Table, Ranked((label, 0.95f), ("DAT_DAI", 0.05f)), "…", "P_HAI_CHAU", Now, Threshold);

        Assert.Null(decision.UnitCode);
        Assert.Equal(label, decision.NotPaknLabel);
        Assert.Contains(reasonWord, decision.Reason, StringComparison.Ordinal);
        Assert.Equal(["DAT_DAI"], decision.Suggestions);
    }

    [Fact]
    public void Should_send_to_triage_when_nothing_was_readable() =>
        Assert.Null(Router.Decide(Table, [], "😡", "P_HAI_CHAU", Now, Threshold).UnitCode);

    [Fact]
    public void Should_prefer_the_areas_own_rule_over_the_fields_default()
    {
        var (hoiAn, _) = Table.FindUnit("GIAO_THONG", "P_HOI_AN", Now);
        var (haiChau, _) = Table.FindUnit("GIAO_THONG", "P_HAI_CHAU", Now);

        Assert.Equal("SO_XAY_DUNG", hoiAn?.Code);
        Assert.Equal("UBND_P_HAI_CHAU", haiChau?.Code);
    }

    [Fact]
    public void Should_route_province_fields_to_the_department_without_an_area()
    {
        var decision = Router.Decide(Table, Ranked(("Y_TE", 0.97f)), "thẻ BHYT", null, Now, Threshold);

        Assert.Equal("SO_Y_TE", decision.UnitCode);
    }

    [Fact]
    public void Should_need_triage_when_a_commune_field_has_no_area()
    {
        var decision = Router.Decide(Table, Ranked(("DO_THI", 0.97f)), "Đèn đường hỏng", null, Now, Threshold);

        Assert.Null(decision.UnitCode);
        Assert.Contains("phường/xã", decision.Reason, StringComparison.Ordinal);
        Assert.Equal(["DO_THI"], decision.Suggestions);
    }

    [Fact]
    public void Should_hand_over_to_the_successor_when_a_rule_names_a_superseded_unit()
    {
        var table = DemoTable([new RoutingRule { Id = 1, FieldCode = "Y_TE", UnitCode = "UBND_Q_HAI_CHAU" }]);

        var (unit, _) = table.FindUnit("Y_TE", null, Now);
        var (before, _) = table.FindUnit("Y_TE", null, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("UBND_P_HAI_CHAU", unit?.Code);
        Assert.Equal("UBND_Q_HAI_CHAU", before?.Code);
    }

    [Fact]
    public void Should_keep_the_field_the_filer_chose()
    {
        var decision = Router.DecideForField(Table, "GIAO_DUC", "Đèn đường hỏng", "P_HAI_CHAU", Now);

        Assert.Equal("GIAO_DUC", decision.FieldCode);
        Assert.Equal("SO_GIAO_DUC_DAO_TAO", decision.UnitCode);
        Assert.Equal(1, decision.Confidence);
    }

    [Theory]
    [InlineData("Cháy nhà ở hẻm 12, cần hỗ trợ gấp", Severity.Urgent)]
    [InlineData("day dien dut roi xuong duong rat nguy hiem", Severity.Urgent)]
    [InlineData("Đèn đường hỏng", Severity.Normal)]
    public void Should_mark_danger_to_life_as_urgent(string text, Severity expected) =>
        Assert.Equal(expected, UrgencyDetector.Detect(text));
}
