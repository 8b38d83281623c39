namespace Pakn.Core.Text;

/// <summary>Bad input quoted back in an error message ("không tìm thấy … “x”"): short enough to read, never the whole payload.</summary>
public static class InputEcho
{
    public const int MaxLength = 40;

    public static string Of(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
