using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lims.Api.Tests.Support;

/// <summary>The log lines a test API writes (warning and above unless told), kept to be read back.</summary>
public sealed class CapturedLogs(LogLevel least = LogLevel.Warning) : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    private readonly LogLevel _least = least;

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public void Attach(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(this)));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, string Message);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= logs._least;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs._lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception)));
            }
        }
    }
}
