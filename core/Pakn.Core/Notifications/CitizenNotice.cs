namespace Pakn.Core.Notifications;

/// <summary>What the citizen is told about a step in their item's life.</summary>
public enum CitizenNoticeKind
{
    Acknowledged,
    InformationRequested,
    Answered,
    ApologyLetterIssued,
    DeadlineMoved,
}

/// <summary>
/// A step the citizen is to be told about; written as notifications when the step commits.
/// <paramref name="Detail"/> is the officer's question, or the apology letter's number;
/// <paramref name="PreviousDueAt"/> the date the citizen was told before a moved deadline.
/// </summary>
public sealed record CitizenNotice(CitizenNoticeKind Kind, DateTimeOffset At, string? Detail = null, DateTimeOffset? NewDueAt = null, DateTimeOffset? PreviousDueAt = null);
