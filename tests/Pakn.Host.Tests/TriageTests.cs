using System.Text.Json;

namespace Pakn.Host.Tests;

/// <summary>What routing cannot place goes to the coordinators' triage queue, not to a guessed unit.</summary>
public sealed class TriageTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    [Fact]
    public async Task Should_need_triage_when_content_matches_no_field()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = "Xin chào, tôi muốn hỏi một việc", area = "Hải Châu" });

        var status = await client.WaitUntilRoutedAsync(code);

        Assert.Equal("needs_triage", status.GetProperty("state").GetString());
        Assert.Equal("Đang phân loại", status.GetProperty("stateLabel").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("unit").ValueKind);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("firstResponseDueAt").ValueKind);
    }

    [Fact]
    public async Task Should_need_triage_when_field_is_commune_level_and_area_is_missing()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = "Đèn đường ở kiệt 45 Nguyễn Văn Linh hỏng cả tuần" });

        var status = await client.WaitUntilRoutedAsync(code);

        Assert.Equal("needs_triage", status.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("unit").ValueKind);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("area").ValueKind);
    }
}
