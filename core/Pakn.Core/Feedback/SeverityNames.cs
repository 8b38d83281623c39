namespace Pakn.Core.Feedback;

public static class SeverityNames
{
    public static string Code(Severity severity) => severity switch
    {
        Severity.Urgent => "urgent",
        Severity.Complex => "complex",
        _ => "normal",
    };

    public static string Label(Severity severity) => severity switch
    {
        Severity.Urgent => "Khẩn",
        Severity.Complex => "Phức tạp",
        _ => "Bình thường",
    };
}
