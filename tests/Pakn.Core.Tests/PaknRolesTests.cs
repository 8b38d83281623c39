using Microsoft.Extensions.Configuration;
using Pakn.Core.Hosting;

namespace Pakn.Core.Tests;

public sealed class PaknRolesTests
{
    [Theory]
    [InlineData("web,routing", PaknRole.Web | PaknRole.Routing)]
    [InlineData("web", PaknRole.Web)]
    [InlineData("handlers", PaknRole.Handlers)]
    [InlineData("WEB; Handlers", PaknRole.Web | PaknRole.Handlers)]
    [InlineData(" routing  handlers ", PaknRole.Routing | PaknRole.Handlers)]
    [InlineData("web,routing,handlers", PaknRole.All)]
    [InlineData("all", PaknRole.All)]
    [InlineData("web,web", PaknRole.Web)]
    public void Should_combine_flags_when_roles_are_listed(string roles, PaknRole expected)
    {
        Assert.Equal(expected, PaknRoles.Parse(roles));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_run_every_part_when_no_role_is_given(string? roles)
    {
        Assert.Equal(PaknRole.All, PaknRoles.Parse(roles));
    }

    [Theory]
    [InlineData("webb")]
    [InlineData("web,router")]
    [InlineData("admin")]
    public void Should_name_the_unknown_role_when_a_role_is_misspelt(string roles)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PaknRoles.Parse(roles));

        var unknown = roles.Split(',').Last();
        Assert.Contains($"'{unknown}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("web, routing, handlers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_roles_from_configuration_when_asked_for_one_role()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pakn:Roles"] = "routing,handlers" })
            .Build();

        Assert.True(configuration.HasPaknRole(PaknRole.Routing));
        Assert.True(configuration.HasPaknRole(PaknRole.Handlers));
        Assert.False(configuration.HasPaknRole(PaknRole.Web));
    }

    [Fact]
    public void Should_have_every_role_when_configuration_names_none()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.True(configuration.HasPaknRole(PaknRole.Web));
        Assert.True(configuration.HasPaknRole(PaknRole.Routing));
        Assert.True(configuration.HasPaknRole(PaknRole.Handlers));
    }
}
