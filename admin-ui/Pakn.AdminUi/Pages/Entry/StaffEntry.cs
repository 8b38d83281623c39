using Pakn.AdminUi.Access;
using Pakn.Core.Feedback;
using Pakn.Core.Intake;

namespace Pakn.AdminUi.Pages.Entry;

/// <summary>Staff entry goes through the same intake, and so the same validation, as the public API.</summary>
public sealed class StaffEntry(StaffAccess access, FeedbackIntake intake)
{
    public static readonly IReadOnlyList<Channel> Channels = [Channel.Hotline, Channel.Counter, Channel.MailBox, Channel.Email];

    public async Task<IntakeResult> SubmitAsync(StaffScope scope, StaffEntryForm form, CancellationToken cancellationToken = default)
    {
        if (!scope.IsCoordinator || !(await access.CurrentAsync(scope, cancellationToken)).IsCoordinator)
        {
            return IntakeResult.Invalid(new Dictionary<string, string[]> { [""] = ["Chỉ cán bộ tiếp nhận được nhập phản ánh."] });
        }

        if (!Channels.Contains(form.Channel))
        {
            return IntakeResult.Invalid(new Dictionary<string, string[]> { ["channel"] = ["Vui lòng chọn kênh tiếp nhận: đường dây nóng, trực tiếp, hòm thư góp ý hoặc thư điện tử."] });
        }

        return await intake.SubmitAsync(new SubmitFeedback
        {
            Channel = form.Channel,
            Content = form.Content,
            Title = form.Title,
            Area = form.Area,
            Address = form.Address,
            Contact = new SubmittedContact
            {
                Name = form.ContactName,
                Phone = form.ContactPhone,
                Email = form.ContactEmail,
                Address = form.ContactAddress,
                Consent = form.Consent,
            },
            Actor = scope.Actor,
        }, cancellationToken);
    }
}
