namespace Pakn.Handlers.Letters;

/// <summary>The "Pakn:Letters" section: what the letterhead says, and the default new date.</summary>
public sealed class LetterOptions
{
    /// <summary>The governing body above the unit's name (Decree 30/2020 letterhead).</summary>
    public string GoverningBody { get; set; } = "UBND THÀNH PHỐ ĐÀ NẴNG";

    /// <summary>Place name in "Đà Nẵng, ngày … tháng … năm …".</summary>
    public string Place { get; set; } = "Đà Nẵng";

    /// <summary>Working days granted by the new date when the unit asked for none.</summary>
    public int NewDateWorkingDays { get; set; } = 5;

    public string StandardReason { get; set; } =
        "nội dung phản ánh, kiến nghị cần thêm thời gian xác minh và phối hợp với các cơ quan liên quan";
}
