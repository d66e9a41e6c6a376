using Lims.Application.Features.Intake;
using Microsoft.Extensions.Hosting;

namespace Lims.Infrastructure.Jobs;

/// <summary>
/// Serves the <see cref="IntakeQueue"/> for the host's life, beside Hangfire's server: started with
/// the host, before it takes requests. Stopping, it takes no more submissions (503) and answers
/// those already taken; when the host's shutdown timeout runs out first, it gives them up
/// (their database work is cancelled, each answered 503).
/// </summary>
public sealed class IntakeService(IntakeQueue queue) : BackgroundService
{
    private readonly CancellationTokenSource _abandon = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        await using var giveUp = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    /// <summary>Ends when the queue is closed and its last batch answered, not at the stopping signal.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.ServeAsync(_abandon.Token);
}
