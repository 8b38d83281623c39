namespace Pakn.Core.Letters;

/// <summary>
/// A "phiếu xin lỗi và hẹn lại ngày trả kết quả" for one missed deadline of one item. Numbered
/// per unit per year ("Số: 07/PXL"); at most one per (item, missed deadline), which the
/// database enforces, so a breach reported twice still gives one letter.
/// </summary>
public sealed class ApologyLetter
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid FeedbackId { get; init; }
    public required string UnitCode { get; init; }
    public int Year { get; init; }
    public int Number { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
    public DateTimeOffset MissedDueAt { get; init; }
    public DateTimeOffset NewDueAt { get; init; }
    public required string Reason { get; init; }

    /// <summary>The unit gave no reason: the standard one was used and the unit head should review it.</summary>
    public bool StandardReason { get; init; }
    public required string Html { get; init; }
    public required byte[] Docx { get; init; }

    public string NumberText => $"{Number:00}/PXL";
}
