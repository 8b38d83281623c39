using System.Text.Json;

namespace Pakn.Routing.Classification;

/// <summary>One labelled text: a corpus line <c>{"text": "...", "label": "FIELD_CODE"}</c> (other keys ignored).</summary>
public sealed record CorpusExample(string Text, string Label)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The training corpus shipped inside this assembly (Corpus/train, see its README).</summary>
    public static IReadOnlyList<CorpusExample> Embedded()
    {
        var assembly = typeof(CorpusExample).Assembly;
        var examples = new List<CorpusExample>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Pakn.Routing.Corpus.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            examples.AddRange(Parse(reader, name));
        }

        return examples;
    }

    public static IReadOnlyList<CorpusExample> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path).ToList();
    }

    private static IEnumerable<CorpusExample> Parse(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var example = JsonSerializer.Deserialize<CorpusExample>(line, Json);
            if (example is null || string.IsNullOrWhiteSpace(example.Text) || string.IsNullOrWhiteSpace(example.Label))
            {
                throw new InvalidDataException($"{source}:{number}: each line needs \"text\" and \"label\".");
            }

            yield return example with { Label = example.Label.Trim().ToUpperInvariant() };
        }
    }
}
