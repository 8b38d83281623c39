using Pakn.Core.Feedback;

namespace Pakn.AdminUi.Pages.Entry;

/// <summary>An item taken down by a coordinator from a phone call, the counter, the mail box or an email.</summary>
public sealed class StaffEntryForm
{
    public Channel Channel { get; set; } = Channel.Hotline;
    public string? Content { get; set; }
    public string? Title { get; set; }
    public string? Area { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    public bool Consent { get; set; } = true;
}
