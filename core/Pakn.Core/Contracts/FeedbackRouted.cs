using Pakn.Core.Feedback;

namespace Pakn.Core.Contracts;

/// <summary>Routing chose a field and a competent unit; handlers record the assignment.</summary>
public record FeedbackRouted(
    Guid FeedbackId,
    string FieldCode,
    string UnitCode,
    Severity Severity,
    double Confidence,
    string Reason,
    Guid? PossibleDuplicateOfId = null);
