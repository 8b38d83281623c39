using Pakn.Routing.Classification;

namespace Pakn.Routing.Tests;

public class CorpusSplitTests
{
    public static TheoryData<string> HeldOutFiles => new() { "test.jsonl", "test-b.jsonl" };

    [Theory]
    [MemberData(nameof(HeldOutFiles))]
    public void Held_out_texts_never_appear_in_the_training_corpus(string file)
    {
        // Compared as the classifier sees them (normalised, folded): a held-out text the model
        // trained on would inflate every figure reported from that file.
        var training = CorpusExample.Embedded().Select(e => ClassifierFeatures.For(e.Text)).ToHashSet();
        var leaked = CorpusExample.ReadFile(Path.Combine(CorpusTestFolder(), file))
            .Where(e => training.Contains(ClassifierFeatures.For(e.Text)))
            .Select(e => e.Text)
            .ToList();

        Assert.Empty(leaked);
    }

    private static string CorpusTestFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "routing", "Pakn.Routing", "Corpus", "test");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("routing/Pakn.Routing/Corpus/test not found above the test binaries");
    }
}
