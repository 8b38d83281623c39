using Pakn.Handlers.Sla;

namespace Pakn.Handlers.Tests;

public class DueTimesTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Should_give_24_wall_clock_hours_for_the_first_response()
    {
        var (firstResponse, _) = DueTimes.For(Received, 10);

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 15, 0, TimeSpan.Zero), firstResponse);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(5, 5)]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    public void Should_count_the_fields_days_for_resolution_and_never_less_than_one(int fieldDays, int expectedDays)
    {
        var (_, resolution) = DueTimes.For(Received, fieldDays);

        Assert.Equal(Received.AddDays(expectedDays), resolution);
    }
}
