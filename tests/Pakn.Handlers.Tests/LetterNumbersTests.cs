using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Handlers.Letters;
using Pakn.Testing;

namespace Pakn.Handlers.Tests;

/// <summary>
/// Letter numbers on real PostgreSQL, where issuers in several processes meet: the series row is
/// created by whichever issuer comes first, every number is taken under the row's lock, and a
/// rolled-back letter gives its number back.
/// </summary>
public class LetterNumbersTests
{
    private static PaknDbContext Open(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PaknDbContext>();
        options.UsePaknDatabase(DatabaseProvider.PostgreSql, connectionString);
        return new(options.Options);
    }

    [Fact]
    public async Task Should_number_without_gaps_or_repeats_when_issuers_race_from_the_first_letter()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await TestInfrastructure.CreatePostgresDatabaseAsync("pakn_letters");
        await using (var db = Open(connectionString))
        {
            await db.Database.MigrateAsync(ct);
        }

        const int issuers = 8, lettersEach = 12;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Enumerable.Range(0, issuers).Select(issuer => Task.Run(async () =>
        {
            await start.Task;
            var kept = new List<int>();
            for (var i = 0; i < lettersEach; i++)
            {
                await using var db = Open(connectionString);
                await LetterNumbers.EnsureSeriesAsync(db, "UBND_P_HAI_CHAU", 2026, ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var number = await LetterNumbers.TakeAsync(db, "UBND_P_HAI_CHAU", 2026, ct);
                await Task.Yield();
                // Every third letter fails to save (as a duplicate delivery would) and rolls back.
                if (i % 3 == 2)
                {
                    await transaction.RollbackAsync(ct);
                    continue;
                }

                await transaction.CommitAsync(ct);
                kept.Add(number);
            }

            return kept;
        }, ct)).ToList();
        start.SetResult();
        var numbers = (await Task.WhenAll(work)).SelectMany(n => n).Order().ToList();

        Assert.Equal(Enumerable.Range(1, issuers * lettersEach * 2 / 3), numbers);
        await using var check = Open(connectionString);
        Assert.Equal(numbers.Count, await check.LetterSequences.Where(s => s.UnitCode == "UBND_P_HAI_CHAU").Select(s => s.LastNumber).SingleAsync(ct));
    }
}
