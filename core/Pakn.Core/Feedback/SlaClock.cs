namespace Pakn.Core.Feedback;

/// <summary>The promises an item's clocks keep.</summary>
public enum SlaClock
{
    /// <summary>The unit's first response (24 hours by default).</summary>
    FirstResponse,

    /// <summary>The answer that settles the item (the field's working days).</summary>
    Resolution,

    /// <summary>No silence longer than the policy's update interval while the item is worked on.</summary>
    Update,
}

/// <summary>What a clock check found: a clock reached its warning point, or its deadline.</summary>
public readonly record struct SlaEvent(SlaClock Clock, bool Breached, DateTimeOffset DueAt);
