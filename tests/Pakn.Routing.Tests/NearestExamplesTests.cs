using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;
using Pakn.Routing.Classification;
using Pakn.Testing;

namespace Pakn.Routing.Tests;

/// <summary>The nearest-texts vote that is averaged with the maximum-entropy model.</summary>
public class NearestExamplesTests
{
    private static readonly NearestExamples Small = NearestExamples.Build(
    [
        .. new[]
        {
            ("Đèn đường hỏng tối om cả kiệt", "DO_THI"),
            ("Cây xanh gãy đổ chắn lối đi bộ", "DO_THI"),
            ("Cống thoát nước bị tắc, mưa là ngập", "DO_THI"),
            ("Mất điện từ sáng chưa có lại", "DIEN_NUOC"),
            ("Nước máy đục, có mùi lạ", "DIEN_NUOC"),
            ("Cúp nước ba ngày liền không báo trước", "DIEN_NUOC"),
            ("Ổ gà giữa đường, xe máy té", "GIAO_THONG"),
        }.Select(e => (ClassifierFeatures.For(e.Item1), e.Item2)),
    ]);

    [Fact]
    public void Should_vote_for_the_label_of_training_texts_worded_like_the_text()
    {
        var votes = Vote("den duong o kiet nha toi hong roi");

        Assert.Equal("DO_THI", Best(votes));
        Assert.True(votes[Index("DO_THI")] > 0.5, $"DO_THI got {votes[Index("DO_THI")]:0.000}");
    }

    [Fact]
    public void Should_give_every_label_some_probability_and_sum_to_one()
    {
        var votes = Vote("mất điện");

        Assert.Equal(Small.Labels.Count, votes.Length);
        Assert.All(votes, v => Assert.True(v > 0));
        Assert.Equal(1, votes.Sum(), 4);
        Assert.Equal("DIEN_NUOC", Best(votes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzqx wvvk")]
    public void Should_be_undecided_when_no_word_was_ever_seen(string text)
    {
        var votes = Vote(text);

        Assert.All(votes, v => Assert.Equal(1.0 / votes.Length, v, 5));
    }

    [Fact]
    public void Should_count_only_the_nearest_texts()
    {
        // Ten texts, each its own label, all sharing the query's one word; each longer text is
        // further from it. Only the seven nearest may add to their label's vote.
        var examples = Enumerable.Range(0, 10)
            .Select(i => (string.Join(' ', Enumerable.Range(0, i + 1).Select(w => $"w{w}").Prepend("dien")), $"L{i}"))
            .ToList();
        var nearest = NearestExamples.Build(examples);

        var votes = nearest.Vote("dien");

        var counted = nearest.Labels.Where((_, i) => votes[i] > votes.Min() + 1e-6).Order().ToList();
        Assert.Equal(Enumerable.Range(0, NearestExamples.Neighbours).Select(i => $"L{i}"), counted);
    }

    [Fact]
    public async Task Should_predict_the_same_from_the_cached_model_file_as_from_the_trained_one()
    {
        var trained = await SharedRoutingModel.GetAsync();
        var corpus = CorpusExample.Embedded();
        var loaded = FieldClassifier.Load(FieldClassifierProvider.ModelFile(SharedRoutingModel.Directory, corpus), corpus);

        foreach (var text in new[] { "Đèn đường hỏng", "cup nuoc 3 ngay r", "Tôi tố cáo cán bộ nhận tiền", "" })
        {
            var expected = trained.Predict(text);
            var actual = loaded.Predict(text);
            Assert.Equal(expected.Select(s => s.Label), actual.Select(s => s.Label));
            Assert.Equal(expected.Select(s => (double)s.Probability), actual.Select(s => (double)s.Probability), (a, b) => Math.Abs(a - b) < 1e-5);
        }
    }

    [Fact]
    public async Task Should_share_one_loaded_model_between_providers_in_a_process()
    {
        var first = await SharedRoutingModel.GetAsync();
        using var provider = SharedRoutingModel.Provider();

        Assert.Same(first, await provider.GetAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Should_keep_sharing_a_model_in_use_when_another_host_in_the_process_loads_a_different_one()
    {
        var first = await SharedRoutingModel.GetAsync();
        var corpus = CorpusExample.Embedded();
        var elsewhere = Directory.CreateTempSubdirectory("pakn-model-copy-");
        try
        {
            File.Copy(FieldClassifierProvider.ModelFile(SharedRoutingModel.Directory, corpus), FieldClassifierProvider.ModelFile(elsewhere.FullName, corpus));
            using (var other = new FieldClassifierProvider(
                Options.Create(new PaknOptions { DataDirectory = elsewhere.FullName }),
                Options.Create(new RoutingOptions { ModelDirectory = elsewhere.FullName }),
                NullLogger<FieldClassifierProvider>.Instance))
            {
                Assert.NotSame(first, await other.GetAsync(TestContext.Current.CancellationToken));
            }

            using var provider = SharedRoutingModel.Provider();
            Assert.Same(first, await provider.GetAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    private static float[] Vote(string text) => Small.Vote(ClassifierFeatures.For(text));

    private static int Index(string label) => Small.Labels.ToList().IndexOf(label);

    private static string Best(float[] votes) => Small.Labels[Array.IndexOf(votes, votes.Max())];
}
