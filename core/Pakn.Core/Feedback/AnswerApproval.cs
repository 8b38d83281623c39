namespace Pakn.Core.Feedback;

/// <summary>Where an officer's answer stands when the unit requires its head's approval.</summary>
public enum AnswerApproval
{
    None,
    Pending,
    Returned,
}
