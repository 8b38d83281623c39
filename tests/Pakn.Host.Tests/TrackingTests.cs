using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Pakn.Core.Feedback;

namespace Pakn.Host.Tests;

/// <summary>Looking an item up by its code: the JSON API and the public Vietnamese page.</summary>
public sealed class TrackingTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    [Theory]
    [InlineData("not-a-code")]
    [InlineData("PA-0000-0000")]
    [InlineData("PA-7K4M")]
    public async Task Should_answer_400_Vietnamese_problem_when_code_format_is_wrong(string code)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/feedback/{code}", TestContext.Current.CancellationToken);

        PaknClient.AssertProblem(response, await PaknClient.ReadJsonAsync(response), HttpStatusCode.BadRequest, "Mã tra cứu không hợp lệ");
    }

    [Fact]
    public async Task Should_answer_400_when_check_symbol_is_wrong()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = "Đèn đường hỏng", area = "Hải Châu" });
        var last = code[^1];
        var mistyped = code[..^1] + (last == '2' ? '3' : '2');

        using var response = await client.GetAsync($"/api/feedback/{mistyped}", TestContext.Current.CancellationToken);

        PaknClient.AssertProblem(response, await PaknClient.ReadJsonAsync(response), HttpStatusCode.BadRequest, "Mã tra cứu không hợp lệ");
    }

    [Fact]
    public async Task Should_answer_404_Vietnamese_problem_when_code_is_valid_but_unknown()
    {
        var client = factory.CreateClient();
        var unknown = TrackingCode.New();

        using var response = await client.GetAsync($"/api/feedback/{unknown}", TestContext.Current.CancellationToken);
        var json = await PaknClient.ReadJsonAsync(response);

        PaknClient.AssertProblem(response, json, HttpStatusCode.NotFound, "Không tìm thấy phản ánh");
        Assert.Contains(unknown, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lower")]
    [InlineData("no-dash")]
    [InlineData("no-prefix")]
    [InlineData("spaces")]
    public async Task Should_find_item_when_code_is_typed_loosely(string how)
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = "Đèn đường hỏng", area = "Hải Châu" });
        var typed = how switch
        {
            "lower" => code.ToLowerInvariant(),
            "no-dash" => code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant(),
            "no-prefix" => code[3..],
            _ => code.Replace("-", " ", StringComparison.Ordinal),
        };

        var (status, json) = await client.GetJsonAsync($"/api/feedback/{Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(code, json.GetProperty("trackingCode").GetString());
    }

    [Fact]
    public async Task Should_render_Vietnamese_page_when_tracking_page_is_opened_for_known_code()
    {
        var client = factory.CreateClient();
        var code = await client.SubmitAsync(new { content = "Đèn đường ở kiệt 45 Nguyễn Văn Linh hỏng cả tuần", area = "Hải Châu" });
        await client.WaitForStatusAsync(code, s => s.GetProperty("state").GetString() == "assigned");

        using var response = await client.GetAsync($"/tra-cuu/{code.ToLowerInvariant()}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains($"Phản ánh {code}", html, StringComparison.Ordinal);
        Assert.Contains("Trạng thái", html, StringComparison.Ordinal);
        Assert.Contains("Đã chuyển đơn vị xử lý", html, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân phường Hải Châu", html, StringComparison.Ordinal);
        Assert.Contains("Hạn phản hồi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn Linh", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_render_404_page_when_tracking_page_is_opened_for_unknown_code()
    {
        var client = factory.CreateClient();
        var unknown = TrackingCode.New();

        using var response = await client.GetAsync($"/tra-cuu/{unknown}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy phản ánh", html, StringComparison.Ordinal);
        Assert.Contains(unknown, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_lookup_form_when_tracking_page_is_opened_without_code()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/tra-cuu", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<form method=\"get\" action=\"/tra-cuu\">", html, StringComparison.Ordinal);
        Assert.Contains("Nhập mã tra cứu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_redirect_to_item_page_when_lookup_form_is_sent()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var code = await client.SubmitAsync(new { content = "Đèn đường hỏng", area = "Hải Châu" });

        using var response = await client.GetAsync($"/tra-cuu?ma={Uri.EscapeDataString($" {code.ToLowerInvariant()} ")}", TestContext.Current.CancellationToken);
        using var page = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/tra-cuu/{code.ToLowerInvariant()}", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(code, await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
