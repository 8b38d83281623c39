namespace Pakn.Bot.Api;

/// <summary>The JSON body of <c>POST /api/feedback</c>.</summary>
public sealed record FeedbackRequest(
    string? Content,
    string? Title,
    string? Area,
    string? Address,
    double? Latitude,
    double? Longitude,
    ContactRequest? Contact,
    string? Channel);

public sealed record ContactRequest(string? Name, string? Phone, string? Email, string? Address, bool? Consent);
