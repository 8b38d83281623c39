namespace Pakn.Core.Letters;

/// <summary>
/// The last apology-letter number a unit used in a year. Taking a number updates this row in
/// the transaction that inserts the letter, so the row lock orders concurrent issuers (in any
/// process) and a rolled-back letter gives its number back.
/// </summary>
public sealed class LetterSequence
{
    public required string UnitCode { get; init; }
    public int Year { get; init; }
    public int LastNumber { get; set; }
}
