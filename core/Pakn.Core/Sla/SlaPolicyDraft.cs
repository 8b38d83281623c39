using Pakn.Core.Feedback;

namespace Pakn.Core.Sla;

/// <summary>What an administrator submits to make a new version of a policy.</summary>
public sealed record SlaPolicyDraft(
    string? FieldCode,
    Severity? Severity,
    double FirstResponseHours = 24,
    double? FirstResponseWorkingHours = null,
    int? ResolutionWorkingDays = null,
    double? ResolutionWorkingHours = null,
    int ForwardWorkingDays = 5,
    int UpdateIntervalWorkingDays = 5,
    double WarningShare = 0.75,
    string? Note = null)
{
    /// <summary>Vietnamese messages per property; empty when the draft can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (FirstResponseHours is <= 0 or > 24 * 30)
        {
            errors[nameof(FirstResponseHours)] = "Thời hạn phản hồi đầu tiên phải lớn hơn 0 và không quá 720 giờ.";
        }

        if (FirstResponseWorkingHours is { } fw && (fw <= 0 || fw > FirstResponseHours))
        {
            errors[nameof(FirstResponseWorkingHours)] = "Số giờ làm việc để phản hồi phải lớn hơn 0 và không vượt thời hạn phản hồi đầu tiên.";
        }

        if (ResolutionWorkingDays is { } days && days is < 1 or > 90)
        {
            errors[nameof(ResolutionWorkingDays)] = "Thời hạn giải quyết phải từ 1 đến 90 ngày làm việc.";
        }

        if (ResolutionWorkingHours is { } hours && hours is <= 0 or > 80)
        {
            errors[nameof(ResolutionWorkingHours)] = "Thời hạn giải quyết tính theo giờ phải lớn hơn 0 và không quá 80 giờ làm việc.";
        }

        if (ForwardWorkingDays is < 1 or > 30)
        {
            errors[nameof(ForwardWorkingDays)] = "Thời hạn chuyển đơn vị phải từ 1 đến 30 ngày làm việc.";
        }

        if (UpdateIntervalWorkingDays is < 1 or > 30)
        {
            errors[nameof(UpdateIntervalWorkingDays)] = "Khoảng cập nhật tiến độ phải từ 1 đến 30 ngày làm việc.";
        }

        if (WarningShare is <= 0 or >= 1)
        {
            errors[nameof(WarningShare)] = "Ngưỡng cảnh báo phải lớn hơn 0% và nhỏ hơn 100% thời hạn.";
        }

        if (Note is { Length: > 500 })
        {
            errors[nameof(Note)] = "Ghi chú không quá 500 ký tự.";
        }

        return errors;
    }
}
