using System.Net;

namespace Pakn.Host.Tests;

public sealed class HealthTests(PaknWebFactory factory) : IClassFixture<PaknWebFactory>
{
    [Fact]
    public async Task Should_report_healthy_database_and_bus_when_host_has_started()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var json = await PaknClient.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        var checks = json.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetString());
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetString());
    }

    [Fact]
    public async Task Should_answer_200_when_liveness_is_probed()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
