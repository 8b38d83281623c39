using System.Net;
using Microsoft.EntityFrameworkCore;
using Pakn.AdminUi.Pages.Administration;
using Pakn.AdminUi.Pages.Administration.ApiKeys;
using Pakn.Core.ApiKeys;
using Pakn.Core.Data;
using Pakn.Host.Tests;

namespace Pakn.AdminUi.Tests.Administration;

/// <summary>Keys made by administrators open the Open311 API until revoked; the configured demo key keeps working.</summary>
[Collection(AdministrationHost.Name)]
public sealed class ApiKeyAdministrationTests(PaknWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_accept_a_new_key_record_its_last_use_and_refuse_it_once_revoked()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var (created, key) = await AdministrationHost.RunAsync<ApiKeyAdministration, (AdminResult, string?)>(factory, a => a.CreateAsync(admin, "Ứng dụng Đà Nẵng Smart City", Ct));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        var stored = await AdministrationHost.RunAsync<PaknDbContext, ApiKey>(factory, db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "Ứng dụng Đà Nẵng Smart City", Ct));
        Assert.Null(stored.LastUsedAt);

        Assert.Equal(HttpStatusCode.Created, await PostRequestAsync(key!));
        var used = await AdministrationHost.RunAsync<PaknDbContext, ApiKey>(factory, db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == stored.Id, Ct));
        Assert.NotNull(used.LastUsedAt);

        Assert.True((await AdministrationHost.RunAsync<ApiKeyAdministration, AdminResult>(factory, a => a.RevokeAsync(admin, stored.Id, Ct))).Succeeded);
        Assert.Equal(HttpStatusCode.Forbidden, await PostRequestAsync(key!));
    }

    [Fact]
    public async Task Should_store_only_the_hash_and_a_short_prefix_of_a_new_key()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);

        var (_, key) = await AdministrationHost.RunAsync<ApiKeyAdministration, (AdminResult, string?)>(factory, a => a.CreateAsync(admin, "Cổng dịch vụ công tỉnh", Ct));

        var stored = await AdministrationHost.RunAsync<PaknDbContext, ApiKey>(factory, db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "Cổng dịch vụ công tỉnh", Ct));
        Assert.StartsWith(ApiKeyHash.KeyPrefix, key, StringComparison.Ordinal);
        Assert.True(key!.Length > 40);
        Assert.Equal(ApiKeyHash.Of(key), stored.Hash);
        Assert.Equal(key[..12], stored.Prefix);
        Assert.DoesNotContain(key, stored.Hash + stored.Prefix + stored.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_accepting_the_key_from_configuration_and_refuse_an_unknown_one()
    {
        Assert.Equal(HttpStatusCode.Created, await PostRequestAsync("demo-open311-key"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostRequestAsync(ApiKeyHash.NewKey()));
    }

    [Fact]
    public async Task Should_refuse_a_nameless_key_and_a_coordinator_making_one()
    {
        var admin = await AdministrationHost.AdministratorAsync(factory);
        var coordinator = await StaffSession.ScopeAsync(factory, "tiepnhan");

        var (nameless, noKey) = await AdministrationHost.RunAsync<ApiKeyAdministration, (AdminResult, string?)>(factory, a => a.CreateAsync(admin, " ", Ct));
        var (notAdmin, none) = await AdministrationHost.RunAsync<ApiKeyAdministration, (AdminResult, string?)>(factory, a => a.CreateAsync(coordinator, "Khóa trái phép", Ct));

        Assert.Equal("Đặt tên cho khóa (hệ thống hoặc đơn vị dùng nó), từ 3 đến 100 ký tự.", nameless.Error("Name"));
        Assert.Equal(AdminResult.NotAdministrator, notAdmin);
        Assert.Null(noKey);
        Assert.Null(none);
    }

    private async Task<HttpStatusCode> PostRequestAsync(string key)
    {
        using var response = await factory.CreateClient().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key,
            ["service_code"] = "MOI_TRUONG",
            ["description"] = "Rác thải tồn đọng ở đầu kiệt 40 Lê Duẩn nhiều ngày chưa được thu gom",
            ["area"] = "Hải Châu",
        }), Ct);
        return response.StatusCode;
    }
}
