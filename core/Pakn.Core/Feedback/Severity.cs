namespace Pakn.Core.Feedback;

/// <summary>iHanoi practice: khẩn (urgent), bình thường (normal), phức tạp (complex).</summary>
public enum Severity
{
    Normal,
    Urgent,
    Complex,
}
