namespace Pakn.Core.Feedback;

/// <summary>The documented limits of a submission (README, API errors and columns share them).</summary>
public static class FeedbackLimits
{
    public const int ContentMaxLength = 10_000;
    public const int TitleMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int NameMaxLength = 150;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 20;
    public const int ReplyAddressMaxLength = 200;
    public const int ReasonMaxLength = 2_000;
    public const int AnswerMaxLength = 20_000;
}
