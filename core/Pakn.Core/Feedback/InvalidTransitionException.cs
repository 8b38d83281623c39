namespace Pakn.Core.Feedback;

/// <summary>A refused state change; the message is Vietnamese and safe to show to staff.</summary>
public sealed class InvalidTransitionException(string message) : InvalidOperationException(message);
