using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;

namespace Pakn.Routing.Classification;

/// <summary>
/// The trained classifier, made once per process: loaded from the model cache when a model of
/// this corpus and this model version is there, otherwise trained from the embedded corpus on
/// first start (seconds) and cached for the next start and for other processes on the same disk.
/// </summary>
public sealed partial class FieldClassifierProvider(
    IOptions<PaknOptions> pakn,
    IOptions<RoutingOptions> routing,
    ILogger<FieldClassifierProvider> logger)
{
    private readonly Lock _gate = new();
    private Task<FieldClassifier>? _classifier;

    public Task<FieldClassifier> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A failed attempt (a full disk, say) is tried again by the next caller.
            if (_classifier is null || _classifier.IsFaulted)
            {
                _classifier = Task.Run(LoadOrTrain, CancellationToken.None);
            }

            return _classifier.WaitAsync(cancellationToken);
        }
    }

    private FieldClassifier LoadOrTrain()
    {
        var corpus = CorpusExample.Embedded();
        var directory = routing.Value.ModelDirectory ?? Path.Combine(pakn.Value.DataDirectory, "models");
        var path = Path.Combine(directory, $"routing-{FieldClassifier.ModelVersion}-{Fingerprint(corpus)}.zip");
        Directory.CreateDirectory(directory);

        // Processes sharing the folder train one at a time: the others wait, then load.
        using var trainingLock = AcquireLock(path + ".lock");
        if (File.Exists(path))
        {
            try
            {
                return FieldClassifier.Load(path);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or InvalidDataException)
            {
                LogCacheUnreadable(ex, path);
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var classifier = FieldClassifier.Train(corpus);
        LogTrained(corpus.Count, clock.Elapsed.TotalSeconds);
        try
        {
            classifier.Save(path);
        }
        catch (IOException ex)
        {
            LogCacheUnwritable(ex, path);
        }

        return classifier;
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static string Fingerprint(IEnumerable<CorpusExample> corpus)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in corpus)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{example.Label}\t{example.Text}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing classifier trained on {Examples} examples in {Seconds:F1} s")]
    private partial void LogTrained(int examples, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached routing model {Path} is unreadable; training again")]
    private partial void LogCacheUnreadable(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not cache the routing model at {Path}")]
    private partial void LogCacheUnwritable(Exception exception, string path);
}
