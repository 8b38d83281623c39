namespace Pakn.Core.Sla;

/// <summary>What saving or removing a calendar day did: how many open items' deadlines moved, or why nothing changed.</summary>
public sealed record CalendarDayChangeResult(int MovedItems, string? Error = null)
{
    public bool Succeeded => Error is null;
}
