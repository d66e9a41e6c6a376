using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Resilience;

/// <summary>
/// The built API (<c>Lims.Api.dll</c>, copied next to the tests) run as a process of its own:
/// <c>dotnet Lims.Api.dll</c> on a loopback port the kernel picks, configured through the
/// environment as an operator would. The <c>dotnet</c> host runs the application in its own
/// process, so <see cref="Process.Id"/> is the API itself and <see cref="KillAsync"/> kills it.
/// Every process started here is killed when the test ends or the test run exits.
/// </summary>
public sealed partial class ApiProcess : ILimsApi, IAsyncDisposable
{
    /// <summary>Generous: a cold start on a busy 2-core machine migrates a new database.</summary>
    public static readonly TimeSpan StartUpTimeout = TimeSpan.FromMinutes(3);

    private const int KeptLines = 300;

    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly List<HttpClient> _clients = [];
    private HttpClient? _admin;
    private bool _disposed;

    static ApiProcess()
    {
        // A test run that ends abruptly must not leave APIs running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
            {
                TryKill(process);
            }
        };
    }

    private ApiProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>What the test calls it ("api-1", "worker"), in messages.</summary>
    public string Name { get; }

    public int ProcessId => _process.Id;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Set before this process is killed or stopped on purpose: requests failing after it are expected.</summary>
    public bool GoingDown { get; private set; }

    public HttpClient Admin => _admin ?? throw new InvalidOperationException($"{Name} has no administrator signed in (a worker serves /health only).");

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>
    /// Starts the API with these settings (configuration keys, <c>:</c>-separated), waits until
    /// <c>/health</c> answers 200 and, unless it is a worker, signs the bootstrap administrator in.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var directory = TestContext.CurrentContext.TestDirectory;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(directory, "Lims.Api.dll"));
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        // Four of these may run at once on two cores: the workstation collector keeps each small.
        info.Environment["DOTNET_gcServer"] = "0";

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var api = new ApiProcess(name, process);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => api.Keep(e.Data, listening);
        process.ErrorDataReceived += (_, e) => api.Keep(e.Data, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"{name} exited during start-up."));
        process.Start();
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            api.BaseAddress = await listening.Task.WaitAsync(StartUpTimeout);
            await api.WaitUntilHealthyAsync();
            if (settings.GetValueOrDefault("Jobs:Role") != "Worker")
            {
                api._admin = api.Client(await ApiHost.TokenAsync(api.Anonymous(), "admin", LimsApiFactory.AdminPassword));
            }
        }
        catch (Exception e)
        {
            await api.DisposeAsync();
            throw new InvalidOperationException($"{name} did not start: {e.Message}\n{api.Output}", e);
        }

        return api;
    }

    public HttpClient Anonymous() => Track(new HttpClient(new RenewingBearer(new SocketsHttpHandler())) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) });

    /// <summary>A client of this process that sends the bearer token.</summary>
    public HttpClient Client(string token) => this.WithToken(token);

    /// <summary>A client of this process signed in as the same user as <paramref name="other"/> (tokens hold on every process that shares the signing key).</summary>
    public HttpClient SameUser(HttpClient other) => Client(other.DefaultRequestHeaders.Authorization?.Parameter
        ?? throw new ArgumentException("The client has no bearer token.", nameof(other)));

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Linux): no shutdown code runs. Returns the exit code.</summary>
    public async Task<int> KillAsync()
    {
        GoingDown = true;
        _process.Kill();
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as a service manager stops it: the host finishes the requests in flight and exits. Returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        GoingDown = true;
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        if (!_process.HasExited)
        {
            GoingDown = true;
            TryKill(_process);
            await _process.WaitForExitAsync();
        }

        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
    }

    private HttpClient Track(HttpClient client)
    {
        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    private void Keep(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartUpTimeout;
        while (true)
        {
            try
            {
                using var response = await probe.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline || _process.HasExited)
            {
                throw new InvalidOperationException($"{Name} at {BaseAddress} is not healthy.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
