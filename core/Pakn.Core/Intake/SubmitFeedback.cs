using Pakn.Core.Feedback;

namespace Pakn.Core.Intake;

/// <summary>A submission as any channel hands it to intake (API, Open311, chat, staff entry).</summary>
public sealed record SubmitFeedback
{
    public string? Content { get; init; }
    public string? Title { get; init; }

    /// <summary>Ward/commune code or name, with or without diacritics.</summary>
    public string? Area { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public SubmittedContact? Contact { get; init; }

    /// <summary>A field the filer chose (Open311 service code); routing takes it as given.</summary>
    public string? FieldCode { get; init; }
    public Channel Channel { get; init; } = Channel.Api;

    /// <summary>Set by a chat channel: where proactive messages reach the filer (see <see cref="Contact.ReplyAddress"/>).</summary>
    public string? ReplyAddress { get; init; }
    public string Actor { get; init; } = Actors.Citizen;
}

public sealed record SubmittedContact
{
    public string? Name { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }

    /// <summary>Consent to use the details to handle the item; giving details implies it unless false.</summary>
    public bool? Consent { get; init; }
}
