using Microsoft.EntityFrameworkCore;
using Pakn.Core.Data;
using Pakn.Core.Letters;

namespace Pakn.Handlers.Letters;

/// <summary>
/// A unit's letter numbers for a year, without gaps or repeats across processes. The series row
/// is created once, outside the letter's transaction (two first letters racing: one insert
/// wins, the other's duplicate key is ignored); each number is then taken by an UPDATE inside
/// the transaction that inserts the letter, which holds the row until commit on PostgreSQL and
/// SQL Server and the write lock on SQLite.
/// </summary>
public static class LetterNumbers
{
    public static async Task EnsureSeriesAsync(PaknDbContext db, string unitCode, int year, CancellationToken cancellationToken)
    {
        if (await db.LetterSequences.AnyAsync(s => s.UnitCode == unitCode && s.Year == year, cancellationToken))
        {
            return;
        }

        // Letters written before the series existed (or imported) keep their numbers.
        var last = await db.ApologyLetters.Where(l => l.UnitCode == unitCode && l.Year == year)
            .MaxAsync(l => (int?)l.Number, cancellationToken) ?? 0;
        var series = new LetterSequence { UnitCode = unitCode, Year = year, LastNumber = last };
        db.LetterSequences.Add(series);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another issuer created the series first (its row serves both); anything else
            // leaves no row, and taking a number then fails.
        }
        finally
        {
            db.Entry(series).State = EntityState.Detached;
        }
    }

    /// <summary>Takes the next number; call inside the transaction that saves the letter.</summary>
    public static async Task<int> TakeAsync(PaknDbContext db, string unitCode, int year, CancellationToken cancellationToken)
    {
        var updated = await db.LetterSequences
            .Where(s => s.UnitCode == unitCode && s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1), cancellationToken);
        if (updated != 1)
        {
            throw new InvalidOperationException($"No letter series for unit {unitCode} in {year}.");
        }

        return await db.LetterSequences.AsNoTracking()
            .Where(s => s.UnitCode == unitCode && s.Year == year)
            .Select(s => s.LastNumber)
            .SingleAsync(cancellationToken);
    }
}
