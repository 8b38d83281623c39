namespace Pakn.Core.Feedback;

/// <summary>Actor names for transitions made by the system rather than a signed-in person.</summary>
public static class Actors
{
    public const string Citizen = "citizen";
    public const string Routing = "system:routing";
    public const string Handlers = "system:handlers";
}
