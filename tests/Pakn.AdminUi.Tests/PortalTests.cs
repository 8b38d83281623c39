using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pakn.AdminUi.Pages.Items;
using Pakn.AdminUi.Portal;
using Pakn.Core.Feedback;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests;

/// <summary>The public portal: published answers only, searchable without diacritics, never personal data.</summary>
public sealed class PortalTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_a_published_answer_when_searching_without_diacritics()
    {
        var code = await Publishing.AnsweredAndPublishedAsync(factory,
            "Đèn chiếu sáng ở kiệt 88 Ông Ích Khiêm bị hỏng nhiều tuần", "Đã thay bóng đèn ngày 20/11/2026, do Đội quản lý chiếu sáng thực hiện.");

        var text = await TextAsync("/cong-khai?q=den+chieu+sang+ong+ich+khiem");

        Assert.Contains("Đèn chiếu sáng ở kiệt 88 Ông Ích Khiêm", text, StringComparison.Ordinal);
        var page = await TextAsync($"/cong-khai/{code}");
        Assert.Contains("Đã thay bóng đèn ngày 20/11/2026", page, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân phường Hải Châu", page, StringComparison.Ordinal);
        Assert.Contains("Ngày trả lời", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_never_show_the_filers_name_phone_or_id_when_they_appear_in_question_or_answer()
    {
        var code = await Publishing.AnsweredAndPublishedAsync(factory,
            $"Tôi là {Items.Name}, số {Items.Phone}, CCCD 048090001234: cây xanh đổ chắn đường Bạch Đằng",
            $"Kính gửi ông {Items.Name}: đã cắt dọn cây ngày 21/11. Liên hệ 0236 3821 234 hoặc email lan@example.com.");

        foreach (var (path, shown) in new[]
        {
            ($"/cong-khai/{code}", "cắt dọn cây"),
            ("/cong-khai?q=cay+xanh+do+chan+duong+bach+dang", "Bạch Đằng"),
            ($"/tra-cuu/{code}", "cắt dọn cây"),
        })
        {
            var text = await TextAsync(path);
            Assert.Contains(shown, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Items.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain("0905", text, StringComparison.Ordinal);
            Assert.DoesNotContain("048090001234", text, StringComparison.Ordinal);
            Assert.DoesNotContain("lan@example.com", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_refuse_to_publish_and_list_nothing_when_item_is_confidential()
    {
        var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU", "Tố cáo cán bộ phường nhận tiền của hộ kinh doanh", confidential: true);
        await Publishing.AnswerAsync(factory, code, "Đã chuyển cơ quan có thẩm quyền giải quyết tố cáo.");
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");

        using var services = factory.Services.CreateScope();
        var outcome = await services.ServiceProvider.GetRequiredService<ItemActions>()
            .PublishAsync(coordinator, code, "Câu hỏi", "Trả lời", Ct);

        Assert.False(outcome.Succeeded);
        Assert.Contains("bảo mật", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(FeedbackState.Answered, (await Items.ReadAsync(factory, code)).State);
        Assert.DoesNotContain("nhận tiền của hộ kinh doanh", await TextAsync("/cong-khai?q=nhan+tien"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await StaffSession.Anonymous(factory).GetAsync($"/cong-khai/{code}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Should_not_show_an_answer_that_is_answered_but_not_published()
    {
        var code = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU", "Nắp hố ga bị vỡ trước trường Lê Lợi");
        await Publishing.AnswerAsync(factory, code, "Đã thay nắp hố ga.");

        Assert.Equal(HttpStatusCode.NotFound, (await StaffSession.Anonymous(factory).GetAsync($"/cong-khai/{code}", Ct)).StatusCode);
        Assert.DoesNotContain("Nắp hố ga bị vỡ trước trường Lê Lợi", await TextAsync("/cong-khai?q=nap+ho+ga"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_take_an_answer_off_the_portal_and_keep_the_reason_when_moderator_hides_it()
    {
        var code = await Publishing.AnsweredAndPublishedAsync(factory, "Biển báo giao thông bị che khuất ở ngã tư Hùng Vương", "Đã cắt tỉa cây che biển báo.");
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");

        using var services = factory.Services.CreateScope();
        var outcome = await services.ServiceProvider.GetRequiredService<ItemActions>().HideAsync(coordinator, code, "Nội dung trả lời cần chỉnh sửa", Ct);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await StaffSession.Anonymous(factory).GetAsync($"/cong-khai/{code}", Ct)).StatusCode);
        Assert.DoesNotContain("Hùng Vương", await TextAsync("/cong-khai?q=bien+bao+hung+vuong"), StringComparison.Ordinal);
        var view = await services.ServiceProvider.GetRequiredService<ItemQueries>().GetAsync(coordinator, code, Ct);
        Assert.Equal("Nội dung trả lời cần chỉnh sửa", view!.Public!.HiddenReason);
    }

    [Fact]
    public async Task Should_list_only_the_chosen_field_when_filtered_by_field()
    {
        await Publishing.AnsweredAndPublishedAsync(factory, "Mương thoát nước bốc mùi ở tổ 5 Thạch Gián", "Đã nạo vét mương.", fieldCode: "MOI_TRUONG");
        await Publishing.AnsweredAndPublishedAsync(factory, "Ổ gà lớn giữa đường Thạch Gián", "Đã vá ổ gà.", fieldCode: "GIAO_THONG");

        var text = await TextAsync("/cong-khai?q=thach+gian&linh-vuc=MOI_TRUONG");

        Assert.Contains("Mương thoát nước bốc mùi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ổ gà lớn", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_nothing_when_period_ends_before_the_item_was_received()
    {
        await Publishing.AnsweredAndPublishedAsync(factory, "Xe tải chở vật liệu gây bụi ở đường Nguyễn Tất Thành", "Đã nhắc nhở đơn vị vận chuyển.");

        var before = await TextAsync("/cong-khai?q=nguyen+tat+thanh&den-ngay=2020-01-31");
        var during = await TextAsync($"/cong-khai?q=nguyen+tat+thanh&tu-ngay={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}");

        Assert.DoesNotContain("Xe tải chở vật liệu", before, StringComparison.Ordinal);
        Assert.Contains("Xe tải chở vật liệu", during, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_explain_in_vietnamese_when_a_date_filter_is_not_a_date()
    {
        using var response = await StaffSession.Anonymous(factory).GetAsync("/cong-khai?tu-ngay=hom-qua", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Từ ngày không hợp lệ", StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_render_markup_as_text_everywhere_when_citizen_and_answer_contain_it()
    {
        const string markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var longWord = new string('A', 3000);
        var code = await Publishing.AnsweredAndPublishedAsync(factory, $"Mái che chợ Cồn dột {markup} {longWord}", $"Đã sửa mái che {markup}");
        var officer = await StaffSession.SignInAsync(factory, "canbo.haichau");

        var pages = new[]
        {
            await StaffSession.Anonymous(factory).GetStringAsync($"/cong-khai/{code}", Ct),
            await StaffSession.Anonymous(factory).GetStringAsync("/cong-khai?q=mai+che+cho+con", Ct),
            await officer.GetStringAsync($"/admin/phan-anh/{code}", Ct),
        };

        foreach (var html in pages)
        {
            Assert.Contains("Mái che chợ Cồn dột", StaffSession.VisibleText(html), StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Should_list_only_the_chosen_area_when_filtered_by_area()
    {
        await Publishing.AnsweredAndPublishedAsync(factory, "Vỉa hè đường Núi Thành bị lấn chiếm", "Đã xử lý lấn chiếm.", areaCode: "P_HOA_CUONG");
        await Publishing.AnsweredAndPublishedAsync(factory, "Vỉa hè đường Núi Thành nứt vỡ", "Đã lát lại vỉa hè.", areaCode: "P_HAI_CHAU");

        var text = await TextAsync("/cong-khai?q=via+he+nui+thanh&phuong-xa=P_HOA_CUONG");

        Assert.Contains("bị lấn chiếm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nứt vỡ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_citizens_rating_on_the_item_page_when_the_answer_was_rated()
    {
        var code = await Publishing.AnsweredAndPublishedAsync(factory, "Cống thoát nước đường Hùng Vương bị tắc", "Đã thông cống ngày 20/11.");
        var unrated = await Publishing.AnsweredAndPublishedAsync(factory, "Cống thoát nước đường Hùng Vương bốc mùi", "Đã vệ sinh cống.");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Pakn.Core.Data.PaknDbContext>();
            db.Feedback.Single(f => f.TrackingCode == code).Rate(4, resolved: true, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync(Ct);
        }

        var page = await TextAsync($"/cong-khai/{code}");
        var list = await TextAsync("/cong-khai?q=cong+thoat+nuoc+hung+vuong");

        Assert.Contains("★★★★☆", page, StringComparison.Ordinal);
        Assert.Contains("4/5 · người gửi xác nhận đã được giải quyết", page, StringComparison.Ordinal);
        Assert.Contains("4/5", list, StringComparison.Ordinal);
        Assert.Contains("Chưa đánh giá", await TextAsync($"/cong-khai/{unrated}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_a_small_page_without_script_when_a_phone_opens_the_list()
    {
        for (var i = 0; i < PortalQueries.PageSize + 1; i++)
        {
            await Publishing.AnsweredAndPublishedAsync(factory, $"Đèn tín hiệu giao thông ngã tư số {i} hỏng, ban đêm rất nguy hiểm cho người đi đường", "Đã sửa đèn tín hiệu.");
        }

        using var response = await StaffSession.Anonymous(factory).GetAsync("/cong-khai?q=den+tin+hieu+giao+thong", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Trang sau", StaffSession.VisibleText(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 24_000, $"a full page of results is {html.Length} characters");
    }

    [Fact]
    public async Task Should_give_open311_the_portals_copy_and_never_the_filers_name_or_phone()
    {
        var published = await Publishing.AnsweredAndPublishedAsync(factory,
            $"Tôi là {Items.Name}, số {Items.Phone}: cột điện nghiêng ở đường Lê Duẩn",
            $"Kính gửi ông {Items.Name}: Điện lực đã dựng lại cột điện ngày 21/11.");
        var answeredOnly = await Items.AssignedAsync(factory, "UBND_P_HAI_CHAU", $"Tôi là {Items.Name}, gọi {Items.Phone}: cây đổ ở đường Lê Duẩn");
        await Publishing.AnswerAsync(factory, answeredOnly, $"Kính gửi ông {Items.Name}: đã dọn cây.");
        var client = StaffSession.Anonymous(factory);

        var (listStatus, list) = await client.GetJsonAsync($"/open311/v2/requests.json?service_request_id={published},{answeredOnly}");
        var (windowStatus, window) = await client.GetJsonAsync("/open311/v2/requests.json");
        var (oneStatus, one) = await client.GetJsonAsync($"/open311/v2/requests/{answeredOnly}.json");
        var portal = await TextAsync($"/cong-khai/{published}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (listStatus, windowStatus, oneStatus));
        var requests = list.EnumerateArray().ToDictionary(r => r.GetProperty("service_request_id").GetString()!);
        var description = requests[published].GetProperty("description").GetString()!;
        Assert.Contains("cột điện nghiêng ở đường Lê Duẩn", description, StringComparison.Ordinal);
        Assert.Contains(description, portal, StringComparison.Ordinal);
        Assert.Contains(requests[published].GetProperty("status_notes").GetString()!, portal, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, requests[answeredOnly].GetProperty("description").ValueKind);
        foreach (var json in new[] { list.GetRawText(), window.GetRawText(), one.GetRawText() })
        {
            var text = System.Text.RegularExpressions.Regex.Unescape(json);
            Assert.DoesNotContain(Items.Name, text, StringComparison.Ordinal);
            Assert.DoesNotContain("0905", text, StringComparison.Ordinal);
        }
    }

    private async Task<string> TextAsync(string path)
    {
        using var response = await StaffSession.Anonymous(factory).GetAsync(path, Ct);
        return StaffSession.VisibleText(await response.Content.ReadAsStringAsync(Ct));
    }
}
