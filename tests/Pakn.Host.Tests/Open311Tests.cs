using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pakn.Host.Tests;

/// <summary>GeoReport v2 over the same intake and public status: services are fields, agency is the unit.</summary>
public sealed class Open311Tests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    private const string ApiKey = "demo-open311-key";
    private const string Description = "Rác thải tồn đọng ở đầu kiệt 12 Hà Huy Tập, bốc mùi hôi";

    [Fact]
    public async Task Should_list_15_fields_as_services_with_Vietnamese_names_when_services_are_requested()
    {
        var client = factory.CreateClient();

        var (status, json) = await client.GetJsonAsync("/open311/v2/services.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var services = json.EnumerateArray().ToList();
        Assert.Equal(
            ["DAT_DAI", "XAY_DUNG", "MOI_TRUONG", "GIAO_THONG", "DO_THI", "AN_NINH_TRAT_TU", "Y_TE", "GIAO_DUC",
             "LAO_DONG_XA_HOI", "TTHC", "DIEN_NUOC", "KINH_TE_THUONG_MAI", "NONG_NGHIEP", "VAN_HOA_THONG_TIN", "KHAC"],
            services.Select(s => s.GetProperty("service_code").GetString()));
        var land = services[0];
        Assert.Equal("Đất đai", land.GetProperty("service_name").GetString());
        Assert.Equal("realtime", land.GetProperty("type").GetString());
        Assert.False(land.GetProperty("metadata").GetBoolean());
        Assert.Equal("Phản ánh, kiến nghị", land.GetProperty("group").GetString());
        Assert.Equal("Khác", services[^1].GetProperty("service_name").GetString());
        Assert.All(services, s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("description").GetString())));
    }

    [Theory]
    [InlineData("GIAO_THONG")]
    [InlineData("giao_thong")]
    public async Task Should_describe_service_when_code_is_known(string code)
    {
        var client = factory.CreateClient();

        var (status, json) = await client.GetJsonAsync($"/open311/v2/services/{code}.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("GIAO_THONG", json.GetProperty("service_code").GetString());
        Assert.Empty(json.GetProperty("attributes").EnumerateArray());
    }

    [Fact]
    public async Task Should_answer_404_with_Open311_errors_when_service_is_unknown()
    {
        var client = factory.CreateClient();

        var (status, json) = await client.GetJsonAsync("/open311/v2/services/NOPE.json");

        Assert.Equal(HttpStatusCode.NotFound, status);
        var error = Assert.Single(json.EnumerateArray());
        Assert.Equal(404, error.GetProperty("code").GetInt32());
        Assert.Contains("NOPE", error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_create_request_and_assign_ward_committee_when_form_is_posted()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = ApiKey,
            ["service_code"] = "MOI_TRUONG",
            ["description"] = Description,
            ["area"] = "Thanh Khê",
            ["first_name"] = "Trần",
            ["last_name"] = "Văn Bình",
            ["phone"] = "0912 345 678",
            ["email"] = "binh@gmail.com",
            ["lat"] = "16.0678",
            ["long"] = "108.1912",
        }), TestContext.Current.CancellationToken);
        var created = await PaknClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = Assert.Single(created.EnumerateArray());
        var id = receipt.GetProperty("service_request_id").GetString()!;
        Assert.Matches("^PA-[2-9A-Z]{4}-[2-9A-Z]{4}$", id);
        Assert.False(string.IsNullOrWhiteSpace(receipt.GetProperty("service_notice").GetString()));

        var request = Assert.Single((await WaitForAgencyAsync(client, id)).EnumerateArray());
        Assert.Equal(id, request.GetProperty("service_request_id").GetString());
        Assert.Equal("Ủy ban nhân dân phường Thanh Khê", request.GetProperty("agency_responsible").GetString());
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("assigned", request.GetProperty("extended_status").GetString());
        Assert.Equal("MOI_TRUONG", request.GetProperty("service_code").GetString());
        Assert.Equal("Môi trường", request.GetProperty("service_name").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("description").ValueKind);
        var requested = request.GetProperty("requested_datetime").GetDateTimeOffset();
        Assert.True(request.GetProperty("expected_datetime").GetDateTimeOffset() > requested);
        var strings = PaknClient.AllStrings(request);
        Assert.DoesNotContain(Description, strings, StringComparison.Ordinal);
        Assert.DoesNotContain("Bình", strings, StringComparison.Ordinal);
        Assert.DoesNotContain("0912", strings, StringComparison.Ordinal);
        Assert.DoesNotContain("binh@", strings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_create_request_when_parameters_come_as_JSON()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/open311/v2/requests.json", new Dictionary<string, object>
        {
            ["api_key"] = ApiKey,
            ["service_code"] = "GIAO_THONG",
            ["description"] = "Ổ gà lớn trước số 30 Trần Phú",
            ["area"] = "Hải Châu",
            ["lat"] = 16.07,
            ["long"] = 108.22,
        }, TestContext.Current.CancellationToken);
        var created = await PaknClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = Assert.Single(created.EnumerateArray()).GetProperty("service_request_id").GetString()!;
        var request = Assert.Single((await WaitForAgencyAsync(client, id)).EnumerateArray());
        Assert.Equal("Ủy ban nhân dân phường Hải Châu", request.GetProperty("agency_responsible").GetString());
        Assert.Equal("GIAO_THONG", request.GetProperty("service_code").GetString());
    }

    [Fact]
    public async Task Should_list_exactly_the_requested_ids_when_service_request_id_is_given()
    {
        var client = factory.CreateClient();
        var first = await CreateAsync(client, "MOI_TRUONG", "Thanh Khê");
        var second = await CreateAsync(client, "DO_THI", "Hải Châu");
        await WaitForAgencyAsync(client, first);
        await WaitForAgencyAsync(client, second);

        var (status, json) = await client.GetJsonAsync($"/open311/v2/requests.json?service_request_id={first},{second.ToLowerInvariant()}");
        var (openStatus, open) = await client.GetJsonAsync($"/open311/v2/requests.json?service_request_id={first},{second}&status=open");
        var (closedStatus, closed) = await client.GetJsonAsync($"/open311/v2/requests.json?service_request_id={first},{second}&status=closed");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            new[] { first, second }.Order(StringComparer.Ordinal),
            json.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, openStatus);
        Assert.Equal(2, open.GetArrayLength());
        Assert.All(open.EnumerateArray(), r => Assert.Equal("open", r.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, closedStatus);
        Assert.Equal(0, closed.GetArrayLength());
    }

    [Fact]
    public async Task Should_list_recent_open_requests_when_filtered_by_status_and_service()
    {
        var client = factory.CreateClient();
        var id = await CreateAsync(client, "NONG_NGHIEP", "Hòa Vang");
        await WaitForAgencyAsync(client, id);

        var (status, json) = await client.GetJsonAsync("/open311/v2/requests.json?status=open&service_code=NONG_NGHIEP");

        Assert.Equal(HttpStatusCode.OK, status);
        var listed = Assert.Single(json.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("service_request_id").GetString());
        Assert.Equal("Ủy ban nhân dân xã Hòa Vang", listed.GetProperty("agency_responsible").GetString());
    }

    [Fact]
    public async Task Should_answer_404_when_request_id_is_unknown()
    {
        var client = factory.CreateClient();

        var (status, json) = await client.GetJsonAsync($"/open311/v2/requests/{Pakn.Core.Feedback.TrackingCode.New()}.json");
        var (badStatus, _) = await client.GetJsonAsync("/open311/v2/requests/nope.json");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, Assert.Single(json.EnumerateArray()).GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
    }

    private static async Task<string> CreateAsync(HttpClient client, string serviceCode, string area)
    {
        using var response = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = ApiKey,
            ["service_code"] = serviceCode,
            ["description"] = "Phản ánh gửi qua Open311",
            ["area"] = area,
        }), TestContext.Current.CancellationToken);
        var created = await PaknClient.ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {created}");
        return Assert.Single(created.EnumerateArray()).GetProperty("service_request_id").GetString()!;
    }

    private static Task<JsonElement> WaitForAgencyAsync(HttpClient client, string id) =>
        client.PollAsync($"/open311/v2/requests/{id}.json",
            r => r.EnumerateArray().Any(x => x.GetProperty("agency_responsible").ValueKind == JsonValueKind.String));
}
