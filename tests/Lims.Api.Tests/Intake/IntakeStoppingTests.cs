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
        // A submission that an open queue registers (checked first), so that "nothing" below could fail.
        var desk = new ReceptionDesk(host.Admin);
        var lab = await desk.LaboratoryAsync();
        var reception = await host.SignInNewUserInAsync(lab, "Reception");
        var type = await desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await desk.CustomerAsync(reception)).GetProperty("id").GetGuid();
        var registered = await desk.InstrumentAsync(reception, customer, type);
        var waiting = await desk.InstrumentAsync(reception, customer, type);
        await Expect.StatusAsync(await reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [registered])), 201);
        // What a stopping host does once it has answered the submissions already taken.
        await host.Factory.Services.GetRequiredService<IntakeQueue>().DisposeAsync();

        var response = await reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [waiting]));

        var problem = await Expect.ProblemAsync(response, 503, "stopping");
        var submissions = await Expect.JsonAsync(await reception.GetAsync($"/api/submissions?customerId={customer}"), 200);
        var instrument = await Expect.JsonAsync(await reception.GetAsync($"/api/instruments/{waiting}"), 200);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("nothing was registered"));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(submissions.GetProperty("total").GetInt32(), Is.EqualTo(1), "only the submission made before the queue closed");
            Assert.That(instrument.GetProperty("status").GetString(), Is.EqualTo("InService"), "not handed in");
        });
    }
}
