using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pakn.EndToEnd.Tests;

/// <summary>
/// One Pakn.Host as a real operating-system process (<c>dotnet Pakn.Host.dll</c>), configured only
/// through environment variables, with its console output kept for failure messages.
/// Disposing kills the whole process tree and waits for it to exit.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(30);

    // Hosts still running when the test process ends (an aborted run) are killed with it.
    private static readonly HashSet<Process> Running = [];

    static HostProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        lock (Running)
        {
            foreach (var process in Running)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }
        }
    };

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Name { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>Where the build put Pakn.Host.dll (the test project references the host).</summary>
    public static string HostAssemblyPath
    {
        get
        {
            var path = typeof(Program).Assembly.Location;
            if (string.IsNullOrEmpty(path))
            {
                path = Path.Combine(AppContext.BaseDirectory, "Pakn.Host.dll");
            }

            var runtimeConfig = Path.ChangeExtension(path, ".runtimeconfig.json");
            return File.Exists(runtimeConfig)
                ? path
                : throw new InvalidOperationException($"{runtimeConfig} is missing: `dotnet {path}` cannot start the host.");
        }
    }

    /// <summary>Starts <c>dotnet Pakn.Host.dll [arguments]</c> on a free loopback port.</summary>
    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var hostPath = HostAssemblyPath;
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = Path.GetDirectoryName(hostPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(hostPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Only what the test sets configures the host, not what the runner's environment says.
        foreach (var inherited in start.Environment.Keys.Where(IsHostConfiguration).ToList())
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data is null ? null : "[stderr] " + e.Data);
        process.Exited += (_, _) => host._exited.TrySetResult();
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {hostPath}.");
        }

        lock (Running)
        {
            Running.Add(process);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until GET /health answers 200 (database and bus ready).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        string last = "no answer yet";
        while (watch.Elapsed < timeout)
        {
            if (HasExited)
            {
                throw new InvalidOperationException(
                    $"Host {Name} exited with code {_process.ExitCode} before it was healthy.\n{Tail(80)}");
            }

            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(5));
                using var response = await Http.GetAsync(new Uri("/health", UriKind.Relative), attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = ex.Message;
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"Host {Name} was not healthy within {timeout.TotalSeconds:0} s (last: {last}).\n{Tail(80)}");
    }

    /// <summary>For one-shot commands (<c>migrate</c>): the exit code, bounded.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _exited.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Host {Name} did not exit within {timeout.TotalSeconds:0} s.\n{Tail(80)}");
        }

        // Exited fires before the redirected streams are drained; this waits for them.
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    /// <summary>Kills the process and everything it started, as a crash or <c>kill -9</c> would.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited in between.
        }

        using var wait = new CancellationTokenSource(ExitWait);
        await _process.WaitForExitAsync(wait.Token);
        lock (Running)
        {
            Running.Remove(_process);
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public IReadOnlyList<string> OutputLines(string containing)
    {
        lock (_output)
        {
            return [.. _output.Where(line => line.Contains(containing, StringComparison.Ordinal))];
        }
    }

    public int CountOutputLines(string text)
    {
        lock (_output)
        {
            return _output.Count(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>The last lines of the output, headed by the host's name, for failure messages.</summary>
    public string Tail(int lines)
    {
        lock (_output)
        {
            var skipped = Math.Max(0, _output.Count - lines);
            var header = $"----- host {Name} (pid {_process.Id}, {BaseAddress}): last {_output.Count - skipped} of {_output.Count} lines -----";
            return string.Join('\n', _output.Skip(skipped).Prepend(header));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private static bool IsHostConfiguration(string variable) =>
        variable.StartsWith("Pakn__", StringComparison.OrdinalIgnoreCase)
        || variable.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
        || variable.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase)
        || variable.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || variable.Equals("Urls", StringComparison.OrdinalIgnoreCase);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The dotnet that runs the tests (DOTNET_HOST_PATH under `dotnet test`), else the one on PATH.</summary>
    private static string DotnetExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet")))
        {
            return Path.Combine(root, "dotnet");
        }

        return "dotnet";
    }
}
