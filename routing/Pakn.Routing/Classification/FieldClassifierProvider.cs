using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pakn.Core.Data;
using Pakn.Core.Hosting;
using Pakn.Core.Triage;

namespace Pakn.Routing.Classification;

/// <summary>
/// The trained classifier, made once per process: loaded from the model cache when a model of
/// this training set and this model version is there, otherwise trained on first start (tens of
/// seconds) and cached for the next start and for other processes on the same disk. The
/// training set is the embedded corpus plus the coordinators' labelled examples (when a
/// database is there); <see cref="RetrainAsync"/> swaps in a model with newer examples while
/// routing keeps using the current one.
/// </summary>
public sealed partial class FieldClassifierProvider(
    IOptions<PaknOptions> pakn,
    IOptions<RoutingOptions> routing,
    ILogger<FieldClassifierProvider> logger,
    IServiceScopeFactory? scopes = null) : IDisposable
{
    // Models loaded or trained in this process, by file: hosts sharing a process (tests, a web and
    // a worker role in one) share one immutable, thread-safe model instead of each loading tens
    // of MB and rebuilding its nearest-texts index. Weakly held, so a model lives as long as some
    // provider uses it (another host's retraining cannot evict it) and a retrained one's
    // predecessor is collected rather than accumulating.
    private static readonly Dictionary<string, WeakReference<FieldClassifier>> s_loaded = [];
    private static readonly Lock s_loadedGate = new();

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _retraining = new(1, 1);
    private Task<FieldClassifier>? _classifier;

    /// <summary>How many coordinators' examples the current model was trained with.</summary>
    public int TrainedOnStoredExamples { get; private set; }

    public Task<FieldClassifier> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // A failed attempt (a full disk, say) is tried again by the next caller.
            if (_classifier is null || _classifier.IsFaulted)
            {
                _classifier = Task.Run(() => LoadOrTrain(ReadStoredExamples()), CancellationToken.None);
            }

            return _classifier.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Trains with the stored examples as they are now, on a low-priority thread, and swaps the
    /// model in when done; callers meanwhile get the current model. False when nothing changed.
    /// </summary>
    public async Task<bool> RetrainAsync(CancellationToken cancellationToken)
    {
        await _retraining.WaitAsync(cancellationToken);
        try
        {
            var stored = ReadStoredExamples();
            if (stored.Count == TrainedOnStoredExamples && _classifier is { IsCompletedSuccessfully: true })
            {
                return false;
            }

            var done = new TaskCompletionSource<FieldClassifier>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                try
                {
                    done.SetResult(LoadOrTrain(stored));
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            }) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "routing-retrain" };
            thread.Start();
            var classifier = await done.Task.WaitAsync(cancellationToken);
            lock (_gate)
            {
                _classifier = Task.FromResult(classifier);
            }

            return true;
        }
        finally
        {
            _retraining.Release();
        }
    }

    public void Dispose() => _retraining.Dispose();

    /// <summary>The coordinators' examples; none when there is no database (tools, benchmarks) or it cannot be read yet.</summary>
    public IReadOnlyList<CorpusExample> ReadStoredExamples()
    {
        if (scopes is null)
        {
            return [];
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetService<PaknDbContext>();
            return db is null
                ? []
                : [.. db.Set<LabelledExample>().AsNoTracking()
                    .OrderBy(e => e.DecidedAt).ThenBy(e => e.Id)
                    .Select(e => new { e.Text, e.FieldCode })
                    .AsEnumerable()
                    .Select(e => new CorpusExample(e.Text, e.FieldCode))];
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            LogStoredExamplesUnreadable(ex.GetType().Name);
            return [];
        }
    }

    private FieldClassifier LoadOrTrain(IReadOnlyList<CorpusExample> stored)
    {
        List<CorpusExample> corpus = [.. CorpusExample.Embedded(), .. stored];
        var directory = routing.Value.ModelDirectory ?? Path.Combine(pakn.Value.DataDirectory, "models");
        var path = ModelFile(directory, corpus);
        Directory.CreateDirectory(directory);

        if (Shared(path) is { } shared)
        {
            TrainedOnStoredExamples = stored.Count;
            return shared;
        }

        // Processes sharing the folder train one at a time: the others wait, then load; a host of
        // this process that waited finds what the one before it loaded.
        using var trainingLock = AcquireLock(path + ".lock");
        if (Shared(path) is { } loadedMeanwhile)
        {
            TrainedOnStoredExamples = stored.Count;
            return loadedMeanwhile;
        }

        if (File.Exists(path))
        {
            try
            {
                var cached = FieldClassifier.Load(path, corpus);
                TrainedOnStoredExamples = stored.Count;
                return Remember(path, cached);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or InvalidDataException)
            {
                LogCacheUnreadable(ex, path);
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var classifier = FieldClassifier.Train(corpus);
        LogTrained(corpus.Count, stored.Count, clock.Elapsed.TotalSeconds);
        try
        {
            classifier.Save(path);
            RemoveStaleModels(directory, path);
        }
        catch (IOException ex)
        {
            LogCacheUnwritable(ex, path);
        }

        TrainedOnStoredExamples = stored.Count;
        return Remember(path, classifier);
    }

    /// <summary>Where the model of this corpus and this model version is cached in a folder.</summary>
    public static string ModelFile(string directory, IEnumerable<CorpusExample> corpus) =>
        Path.Combine(directory, $"routing-{FieldClassifier.ModelVersion}-{Fingerprint(corpus)}.zip");

    private static FieldClassifier? Shared(string path)
    {
        lock (s_loadedGate)
        {
            return s_loaded.TryGetValue(Path.GetFullPath(path), out var loaded) && loaded.TryGetTarget(out var model) ? model : null;
        }
    }

    private static FieldClassifier Remember(string path, FieldClassifier model)
    {
        lock (s_loadedGate)
        {
            foreach (var collected in s_loaded.Where(l => !l.Value.TryGetTarget(out _)).Select(l => l.Key).ToList())
            {
                s_loaded.Remove(collected);
            }

            s_loaded[Path.GetFullPath(path)] = new WeakReference<FieldClassifier>(model);
        }

        return model;
    }

    /// <summary>Each retraining leaves a model of tens of MB; a week-old one no process still needs.</summary>
    private static void RemoveStaleModels(string directory, string current)
    {
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("routing-*.zip"))
        {
            if (file.FullName != Path.GetFullPath(current) && file.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-7))
            {
                file.Delete();
            }
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing classifier trained on {Examples} examples ({Stored} from coordinators) in {Seconds:F1} s")]
    private partial void LogTrained(int examples, int stored, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached routing model {Path} is unreadable; training again")]
    private partial void LogCacheUnreadable(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not cache the routing model at {Path}")]
    private partial void LogCacheUnwritable(Exception exception, string path);

    // Only the type: a provider's message may quote data.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Coordinators' labelled examples could not be read ({ExceptionType}); training on the shipped corpus")]
    private partial void LogStoredExamplesUnreadable(string exceptionType);
}
