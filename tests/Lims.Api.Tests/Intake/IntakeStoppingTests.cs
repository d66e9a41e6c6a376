using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Application.Features.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Intake;

/// <summary>Runs on SQLite only: the intake queue is in the API process, whatever the database.</summary>
public sealed class IntakeStoppingTests
{
    [Test]
    public async Task A_submission_after_the_intake_queue_has_closed_is_503_stopping_and_registers_nothing()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite);
        var lab = await new ReceptionDesk(host.Admin).LaboratoryAsync();
        var reception = await host.SignInNewUserInAsync(lab, "Reception");
        // What a stopping host does once it has answered the submissions already taken.
        await host.Factory.Services.GetRequiredService<IntakeQueue>().DisposeAsync();

        var response = await reception.PostAsJsonAsync("/api/submissions", new
        {
            customerId = Guid.NewGuid(),
            laboratoryCode = lab,
            items = new[] { new { instrumentId = Guid.NewGuid(), service = "Verification", conditionOnReceipt = "外观完好" } },
        });

        var problem = await Expect.ProblemAsync(response, 503, "stopping");
        var submissions = await Expect.JsonAsync(await reception.GetAsync("/api/submissions"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("nothing was registered"));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(submissions.GetProperty("total").GetInt32(), Is.Zero);
        });
    }
}
