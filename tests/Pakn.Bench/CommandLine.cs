namespace Pakn.Bench;

/// <summary>"--name value" options of the benchmark commands.</summary>
internal static class CommandLine
{
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(String(args, name, ""), out var value) && value > 0 ? value : fallback;

    public static string String(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
