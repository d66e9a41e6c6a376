using System.Net.Http.Json;
using Lims.Api.Tests.Support;
using Lims.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lims.Api.Tests.Intake;

/// <summary>Runs on SQLite only: the intake queue is in the API process, whatever the database.</summary>
public sealed class IntakeStoppingTests
{
    [Test]
    public async Task A_submission_after_the_intake_queue_has_closed_is_503_stopping_and_registers_nothing()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite);
        // A submission that an open queue registers (checked first), so that "nothing" below could fail.
        var (reception, lab, customer, instruments) = await ReceptionWithInstrumentsAsync(host, 2);
        var (registered, waiting) = (instruments[0], instruments[1]);
        await Expect.StatusAsync(await reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [registered])), 201);
        // What a stopping host does: it stops the intake service, which answers the submissions already taken.
        await IntakeServiceOf(host).StopAsync(CancellationToken.None);

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

    [Test]
    public async Task Stopping_answers_every_submission_taken_and_refuses_the_rest_whole()
    {
        await using var host = await ApiHost.StartAsync(TestDatabases.Sqlite);
        var (reception, lab, customer, instruments) = await ReceptionWithInstrumentsAsync(host, 40);

        var sent = instruments.Select(id => reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [id]))).ToList();
        await IntakeServiceOf(host).StopAsync(CancellationToken.None);
        var answers = await Task.WhenAll(sent);

        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        var handedIn = new List<bool>();
        foreach (var id in instruments)
        {
            handedIn.Add((await Expect.JsonAsync(await reception.GetAsync($"/api/instruments/{id}"), 200)).GetProperty("status").GetString() == "AtLaboratory");
        }

        Assert.Multiple(() =>
        {
            Assert.That(statuses.Distinct(), Is.SubsetOf(new[] { 201, 503 }), "each answered: registered, or refused as the server stops");
            Assert.That(handedIn, Is.EqualTo(statuses.Select(s => s == 201)), "a 201 is registered, a 503 registered nothing");
        });
    }

    /// <summary>A receptionist of a new laboratory, and a customer's instruments registered there.</summary>
    private static async Task<(HttpClient Reception, string Lab, Guid Customer, List<Guid> Instruments)> ReceptionWithInstrumentsAsync(ApiHost host, int count)
    {
        var desk = new ReceptionDesk(host.Admin);
        var lab = await desk.LaboratoryAsync();
        var reception = await host.SignInNewUserInAsync(lab, "Reception");
        var type = await desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await desk.CustomerAsync(reception)).GetProperty("id").GetGuid();
        var instruments = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            instruments.Add(await desk.InstrumentAsync(reception, customer, type));
        }

        return (reception, lab, customer, instruments);
    }

    private static IntakeService IntakeServiceOf(ApiHost host) => host.Factory.Services.GetServices<IHostedService>().OfType<IntakeService>().Single();
}
