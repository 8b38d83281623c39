namespace Pakn.AdminUi.Pages.Administration;

/// <summary>What an administration change did: nothing and why (Vietnamese messages per field, "" for the whole form), or done.</summary>
public sealed record AdminResult(IReadOnlyDictionary<string, string> Errors, string? Message = null)
{
    public static AdminResult Done(string message) => new(new Dictionary<string, string>(), message);

    public static AdminResult Fail(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    public static AdminResult Fail(IReadOnlyDictionary<string, string> errors) => new(errors);

    public static AdminResult NotAdministrator { get; } = Fail("", "Chỉ quản trị hệ thống được thay đổi mục này.");

    public bool Succeeded => Errors.Count == 0;

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
