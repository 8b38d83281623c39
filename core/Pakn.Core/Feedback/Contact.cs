namespace Pakn.Core.Feedback;

/// <summary>
/// The filer's contact details. Never published, never logged, never shown outside the
/// responsible unit.
/// </summary>
public sealed class Contact
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>
    /// Where the channel reaches the filer again: a Direct Line conversation id, a Zalo user id.
    /// Set by the channel, never by the citizen; proactive messages go here.
    /// </summary>
    public string? ReplyAddress { get; set; }

    /// <summary>The filer agreed that their details be used to handle and answer the item.</summary>
    public bool Consent { get; set; }

    public bool IsEmpty =>
        Name is null && Phone is null && Email is null && Address is null;
}
