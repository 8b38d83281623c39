namespace Pakn.Core.Templates;

/// <summary>Which action form a response template fills.</summary>
public enum TemplateKind
{
    Acknowledge,
    RequestInformation,
    Answer,
}
