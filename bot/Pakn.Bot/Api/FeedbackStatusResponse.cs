using Pakn.Core.Feedback;

namespace Pakn.Bot.Api;

/// <summary>The public status of one item; never contact data, never the filed text.</summary>
public sealed record FeedbackStatusResponse(
    string TrackingCode,
    string State,
    string StateLabel,
    string Channel,
    FieldRef? Field,
    UnitRef? Unit,
    string? Area,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FirstResponseDueAt,
    DateTimeOffset? ResolutionDueAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? PublishedAt,
    string? Answer,
    string? RejectionReason)
{
    public static FeedbackStatusResponse From(PublicStatus s) => new(
        s.TrackingCode,
        s.StateCode,
        s.StateLabel,
        ChannelNames.Code(s.Channel),
        s.FieldCode is null ? null : new FieldRef(s.FieldCode, s.FieldName ?? s.FieldCode),
        s.UnitCode is null ? null : new UnitRef(s.UnitCode, s.UnitName ?? s.UnitCode),
        s.AreaName,
        s.ReceivedAt,
        s.FirstResponseDueAt,
        s.ResolutionDueAt,
        s.AnsweredAt,
        s.PublishedAt,
        s.Answer,
        s.RejectionReason);
}

public sealed record FieldRef(string Code, string Name);

public sealed record UnitRef(string Code, string Name);
