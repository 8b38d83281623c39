namespace Pakn.Core.Feedback;

/// <summary>Metadata of a file sent with the item; the bytes live in attachment storage.</summary>
public sealed class Attachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string StorageKey { get; init; }
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Added by staff with the answer, as evidence of what was done.</summary>
    public bool Evidence { get; init; }

    /// <summary>
    /// Shown on the public answer page. Citizens' files never are (faces, documents); staff
    /// evidence is when the officer or moderator says so.
    /// </summary>
    public bool Published { get; set; }

    /// <summary>
    /// A moderator's blurred copy, the only version the public page serves; the original stays
    /// staff-only. Null when nothing was blurred.
    /// </summary>
    public string? PublicStorageKey { get; set; }

    /// <summary>Type of <see cref="PublicStorageKey"/> (blurring re-encodes, e.g. WebP becomes JPEG).</summary>
    public string? PublicContentType { get; set; }
}
