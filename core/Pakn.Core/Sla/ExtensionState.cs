namespace Pakn.Core.Sla;

/// <summary>Where the item's latest request for more time stands.</summary>
public enum ExtensionState
{
    None,
    Requested,
    Approved,
    Declined,
}
