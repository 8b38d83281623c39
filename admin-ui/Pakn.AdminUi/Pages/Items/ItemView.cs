using Pakn.Core.Feedback;
using Pakn.Core.Notifications;

namespace Pakn.AdminUi.Pages.Items;

/// <summary>Everything the item page shows; <see cref="Contact"/> only for those who handle the item.</summary>
public sealed record ItemView(
    FeedbackItem Item,
    Contact? Contact,
    string? UnitName,
    string? FieldName,
    string? AreaName,
    IReadOnlyList<LinkedItem> Linked,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<FieldOption> Fields,
    PublicPreview? Public,
    IReadOnlyList<DeliveryRow>? Deliveries = null,
    bool AnswerNeedsApproval = false,
    IReadOnlyList<TemplateOption>? Templates = null,
    IReadOnlyList<TranscriptLine>? Transcript = null);

/// <summary>A response template with its placeholders already filled for this item.</summary>
public sealed record TemplateOption(Pakn.Core.Templates.TemplateKind Kind, string Title, string Text, bool ForField);

/// <summary>One message to the citizen about this item and how its delivery went (the error only for those who see the contact).</summary>
public sealed record DeliveryRow(string Subject, string Channel, NotificationState State, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, string? Error);

/// <summary>The public copy: as it stands when published, or as it would be published now.</summary>
public sealed record PublicPreview(string Question, string Answer, bool Published, bool Hidden, string? HiddenReason);

/// <summary>A duplicate relation: the likely original, a suspected duplicate of this one, or one merged into it.</summary>
public sealed record LinkedItem(string TrackingCode, FeedbackState State, string Relation, bool Readable);

public sealed record UnitOption(string Code, string Name);

public sealed record FieldOption(string Code, string Name);
