namespace Pakn.Host.Simulation;

/// <summary>Command-line settings of <c>simulate</c>.</summary>
internal sealed record SimulationOptions
{
    public int Days { get; init; } = 60;
    public int PerDay { get; init; } = 2000;
    public int Seed { get; init; } = 7;

    /// <summary>Local date (Asia/Ho_Chi_Minh) the first day starts; a Monday before Giỗ Tổ, 30/4 and 1/5 by default.</summary>
    public DateOnly Start { get; init; } = new(2026, 3, 30);

    /// <summary>Where the routing model is cached (trained once per corpus).</summary>
    public string? ModelDirectory { get; init; }

    public static SimulationOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Positive(string name, int fallback) =>
            Value(name) is not { } text ? fallback
            : int.TryParse(text, out var value) && value > 0 ? value
            : throw new ArgumentException($"{name} cần một số nguyên dương (needs a positive integer), nhận được “{text}”.");

        var options = new SimulationOptions();
        return options with
        {
            Days = Positive("--days", options.Days),
            PerDay = Positive("--per-day", options.PerDay),
            Seed = Value("--seed") is { } seed ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : options.Seed,
            Start = Value("--start") is { } start ? DateOnly.ParseExact(start, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : options.Start,
            ModelDirectory = Value("--model-directory"),
        };
    }
}
