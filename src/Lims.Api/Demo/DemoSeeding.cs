namespace Lims.Api.Demo;

/// <summary>
/// Fills the demo laboratory as the host starts: after the intake queue is served (the demo hands
/// instruments in at the desk like a receptionist), before the API takes requests.
/// </summary>
internal sealed class DemoSeeding(DemoSeeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => seeder.SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
