namespace Pakn.AdminUi.Access;

/// <summary>What staff can do to an item; who may do which is <see cref="StaffScope.Can"/>.</summary>
public enum StaffAction
{
    Acknowledge,
    RequestInformation,
    Respond,
    Forward,
    Reopen,
    Reject,
    Merge,
    Place,
    Publish,

    /// <summary>Approves or returns an officer's answer, decides on an extension: the unit's head.</summary>
    Approve,

    /// <summary>Edits or hides the public copy, chooses which photos go public, keeps an item private.</summary>
    Moderate,

    /// <summary>Asks the unit head for more time.</summary>
    RequestExtension,
}
