namespace Pakn.Core.Intake;

/// <summary>
/// Proposes the field (lĩnh vực) a citizen's text belongs to while they are still filing, and
/// says when the text does not look like PAKN at all (khiếu nại, tố cáo, spam), so the chat can
/// tell them where it belongs before anything is stored.
/// </summary>
public interface IFieldSuggester
{
    Task<FieldSuggestion> SuggestAsync(string text, CancellationToken cancellationToken);
}

/// <summary>The likely fields, most likely first, and the strongest not-PAKN signal.</summary>
public sealed record FieldSuggestion(IReadOnlyList<SuggestedField> Fields, OutOfScopeKind OutOfScope, double OutOfScopeProbability)
{
    public static FieldSuggestion None { get; } = new([], OutOfScopeKind.None, 0);
}

public sealed record SuggestedField(string Code, string Name, double Probability);

/// <summary>Texts that are not PAKN under Decree 20/2008 and must not be processed as such.</summary>
public enum OutOfScopeKind
{
    None,

    /// <summary>Khiếu nại: a complaint against a decision (Luật Khiếu nại 2011).</summary>
    Complaint,

    /// <summary>Tố cáo: a denunciation; the filer's identity is secret (Luật Tố cáo 2018, Điều 47).</summary>
    Denunciation,

    /// <summary>Abuse, advertising, gibberish.</summary>
    Spam,
}
