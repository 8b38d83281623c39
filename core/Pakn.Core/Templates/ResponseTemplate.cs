namespace Pakn.Core.Templates;

/// <summary>
/// A reusable text for one action (<see cref="TemplateKind"/>), for one field or for every field
/// (<see cref="FieldCode"/> null). Placeholders are filled by <see cref="TemplateText.Fill"/>; the
/// citizen's name is deliberately not one of them, so templates never carry personal data.
/// </summary>
public sealed class ResponseTemplate
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 5_000;

    public int Id { get; init; }
    public TemplateKind Kind { get; set; }
    public string? FieldCode { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
