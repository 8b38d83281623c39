using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;
using Pakn.Routing;
using Pakn.Routing.Classification;

namespace Pakn.Bench;

/// <summary>
/// Classification latency per item against the normalisation step alone, on the same texts in
/// the same run (BenchmarkDotNet, in process). Last line:
/// classify_per_s=… normalize_per_s=… ratio=… classify_us=… normalize_us=…
/// </summary>
public class ClassificationBenchmark
{
    private static readonly string ModelDirectory = Path.Combine(Path.GetTempPath(), "pakn-bench-models");
    private FieldClassifier _classifier = null!;
    private string[] _texts = [];
    private int _next;

    public static int Run()
    {
        // Training on a busy machine can outlast the in-process toolchain's time limit: train (or
        // load) the cached model first, so GlobalSetup only loads it.
        Provider().GetAsync(CancellationToken.None).GetAwaiter().GetResult();
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ClassificationBenchmark>(config);
        var classify = Mean(summary, nameof(Classify));
        var normalize = Mean(summary, nameof(Normalize));
        Console.WriteLine(FormattableString.Invariant(
            $"classify_per_s={1e9 / classify:F0} normalize_per_s={1e9 / normalize:F0} ratio={normalize / classify:F4} classify_us={classify / 1000:F1} normalize_us={normalize / 1000:F1}"));
        return 0;
    }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = Provider().GetAsync(CancellationToken.None).GetAwaiter().GetResult();
        _texts = [.. Texts];
    }

    private static FieldClassifierProvider Provider() => new(
        Options.Create(new PaknOptions { DataDirectory = ModelDirectory }),
        Options.Create(new RoutingOptions { ModelDirectory = ModelDirectory }),
        NullLogger<FieldClassifierProvider>.Instance);

    /// <summary>The baseline: normalising the same text (shorthand, masking, folding).</summary>
    [Benchmark(Baseline = true)]
    public string Normalize() => ClassifierFeatures.For(NextText());

    [Benchmark]
    public IReadOnlyList<LabelScore> Classify() => _classifier.Predict(NextText());

    private string NextText() => _texts[_next++ % _texts.Length];

    private static double Mean(Summary summary, string method) =>
        summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Mean;

    private static readonly string[] Texts =
    [
        "Đèn đường ở kiệt 45 Nguyễn Văn Linh hỏng cả tuần, tối đi lại rất nguy hiểm",
        "rac thai do bua bai dau hem, mui hoi thoi bay khap xom",
        "mất nc 3 ngày r mn ơi, ko ai xử lý j hết",
        "Kính gửi UBND phường Hải Châu. Tôi xin phản ánh việc nhà số 12 xây thêm tầng không phép, gây nứt tường nhà tôi. Đề nghị kiểm tra, xử lý.",
        "ổ gà to đùng",
        "Hồ sơ cấp sổ đỏ nộp từ tháng 3 đến giờ vẫn chưa có kết quả, gọi 0905 123 456 không ai nghe",
    ];
}
