using Pakn.Routing.Classification;
using Pakn.Testing;

namespace Pakn.Routing.Tests;

/// <summary>
/// The bad-input list through the trained model and the router together: no exception,
/// a sensible decision (triage, or the catch-all field), nothing routed to a specialised unit.
/// Time is bounded by the harness timeout; speed is measured in the benchmark.
/// </summary>
public class RouterBadInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "empty", "" },
        { "whitespace", " \t\r\n " },
        { "emoji only", "😡😡😡🔥🔥👍🏻🇻🇳" },
        { "20,000 characters of filler", string.Concat(Enumerable.Repeat("abc xyz ", 2_500)) },
        { "binary-looking garbage", "\0\u0001\u0002\u001b[31m\uFFFD\uFFFD PK\u0003\u0004 %PDF-1.7 \u00ff\u00fe\u0000" },
        { "zero-width and right-to-left only", "\u200B\u200C\u200D\u2060\u202E\u202D\u200F\u061C\uFEFF" },
        { "one 5,000-character word", new string('x', 5_000) },
        { "random base64", "SGVsbG8gd29ybGQhIFRoaXMgaXMgbm90IGEgcmVwb3J0Lg==aGVsbG8=" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Should_triage_or_use_the_catch_all_field_when_the_input_is_bad(string name, string text)
    {
        var classifier = await SharedRoutingModel.GetAsync();

        var decision = Router.Decide(RouterTests.DemoTable(), classifier.Predict(text), text, "P_HAI_CHAU", Now, 0.4);

        Assert.True(decision.UnitCode is null || decision.FieldCode == "KHAC", $"{name}: routed to {decision.FieldCode}");
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Fact]
    public async Task Should_still_read_the_vietnamese_when_it_hides_behind_zero_width_and_rtl_marks()
    {
        var classifier = await SharedRoutingModel.GetAsync();
        const string Text = "\u202Eđèn\u200Bđường\u200D kiệt 45 \u2060hỏng\u202C cả tuần\uFEFF, tối om";

        var decision = Router.Decide(RouterTests.DemoTable(), classifier.Predict(Text), Text, "P_HAI_CHAU", Now, 0.4);

        Assert.True(decision.UnitCode is null || decision.FieldCode == "DO_THI", $"routed to {decision.FieldCode}");
        Assert.NotEmpty(decision.Suggestions);
        Assert.Equal("DO_THI", decision.Suggestions[0]);
    }

    [Theory]
    [InlineData("The street light ở kiệt 45 bị broken cả tuần, very dark at night", "DO_THI")]
    [InlineData("Hello, mất nước since yesterday, no water at all ở tổ 5", "DIEN_NUOC")]
    public async Task Should_suggest_the_field_when_vietnamese_is_mixed_with_english(string text, string field)
    {
        var classifier = await SharedRoutingModel.GetAsync();

        var decision = Router.Decide(RouterTests.DemoTable(), classifier.Predict(text), text, "P_HAI_CHAU", Now, 0.4);

        Assert.True(decision.UnitCode is null || decision.FieldCode == field, $"routed to {decision.FieldCode}");
        Assert.Contains(field, decision.Suggestions);
    }

    [Fact]
    public async Task Should_triage_an_english_only_text_rather_than_guess_a_unit()
    {
        var classifier = await SharedRoutingModel.GetAsync();
        const string Text = "Hi, I would like to know the opening hours of your office please. Thanks!";

        var decision = Router.Decide(RouterTests.DemoTable(), classifier.Predict(Text), Text, "P_HAI_CHAU", Now, 0.4);

        Assert.True(decision.UnitCode is null || decision.FieldCode is "KHAC" or "TTHC", $"routed to {decision.FieldCode}");
    }
}
