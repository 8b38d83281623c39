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
}
