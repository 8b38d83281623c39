namespace Pakn.AdminUi.Pages.Items;

/// <summary>What the person is told after an action: done, or why nothing changed (in Vietnamese).</summary>
public sealed record ActionOutcome(bool Succeeded, string Message)
{
    /// <summary>Why an answer looks vague: the officer may send it anyway with a note.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static ActionOutcome Done(string message) => new(true, message);

    public static ActionOutcome Refused(string message) => new(false, message);

    /// <summary>The same answer for "no such item" and "not yours": a URL cannot probe other units.</summary>
    public static readonly ActionOutcome NotFound = Refused("Không tìm thấy phản ánh, hoặc phản ánh không thuộc đơn vị của bạn.");

    public static readonly ActionOutcome Forbidden = Refused("Bạn không có quyền thực hiện thao tác này với phản ánh này.");
}
