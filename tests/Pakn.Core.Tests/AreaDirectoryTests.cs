using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Core.Intake;
using Pakn.Core.Reference;
using Pakn.Testing;

namespace Pakn.Core.Tests;

public sealed class AreaDirectoryTests : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;
    private readonly AreaDirectory _areas;

    public AreaDirectoryTests()
    {
        _services = _database.CreateServices();
        _areas = new AreaDirectory(_services.GetRequiredService<IServiceScopeFactory>(), _time);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    [Theory]
    [InlineData("Hải")]
    [InlineData("Châu")]
    [InlineData("phuong")]
    [InlineData("Quận Hải Châu")]
    [InlineData("UBND_P_HAI_CHAU")]
    public async Task Should_find_nothing_when_input_is_only_part_of_a_name(string input)
    {
        Assert.Null(await _areas.FindAsync(input, Ct));
    }

    [Fact]
    public async Task Should_list_every_area_when_asked_for_all()
    {
        var all = await _areas.AllAsync(Ct);

        Assert.Equal(11, all.Count);
        Assert.Contains(all, a => a.Code == "X_HOA_VANG");
    }

    [Fact]
    public async Task Should_see_a_new_area_only_after_a_minute_when_areas_are_cached()
    {
        Assert.Null(await _areas.FindAsync("Hòa Khánh", Ct));
        await using (var db = _database.CreateContext())
        {
            db.Areas.Add(new Area
            {
                Code = "P_HOA_KHANH",
                Name = "Phường Hòa Khánh",
                ShortName = "Hòa Khánh",
                CommitteeUnitCode = "UBND_P_LIEN_CHIEU",
            });
            await db.SaveChangesAsync(Ct);
        }

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(await _areas.FindAsync("Hòa Khánh", Ct));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("P_HOA_KHANH", (await _areas.FindAsync("phuong hoa khanh", Ct))?.Code);
    }
}
