using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Resilience;

/// <summary>
/// Issue #10, crash safety: the API as a process of its own takes a stream of writes from several
/// receptionists at once and is killed with SIGKILL at a random point in it, several times over;
/// after each restart on the same database every acknowledged write is there and no partial one.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.All))]
public sealed class CrashSafetyTests(string database)
{
    private const int Receptionists = 4;
    private const int Kills = 3;

    [Test]
    public async Task Every_acknowledged_write_survives_a_sigkill_and_no_submission_is_left_partial()
    {
        TestDatabases.IgnoreUnlessConfigured(database);
        var store = new TestDatabase(database);
        ApiProcess? api = null;
        try
        {
            api = await ApiProcess.StartAsync("api", store.Settings());
            var desk = new ReceptionDesk(api.Admin);
            var lab = await desk.LaboratoryAsync();
            var type = await desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
            var receptionists = new List<HttpClient>();
            for (var i = 0; i < Receptionists; i++)
            {
                receptionists.Add(await api.SignInNewUserInAsync(lab, "Reception"));
            }

            var quality = await api.SignInNewUserInAsync(lab, "QualityManager");

            var stream = new ReceptionStream(lab, type);
            for (var kill = 1; kill <= Kills; kill++)
            {
                var clients = receptionists.Select(api.SameUser).ToList();
                var writing = Task.WhenAll(clients.Select(c => stream.RunAsync(api, c, CancellationToken.None)));
                var killAt = stream.Acknowledged + Random.Shared.Next(20, 60);
                await Task.WhenAny(stream.Reaching(killAt), writing).WaitAsync(TimeSpan.FromMinutes(2));
                Assert.That(stream.Failures, Is.Empty, $"before kill {kill}:\n{api.Output}");
                Assert.That(writing.IsCompleted, Is.False, "the writers stopped before the kill");

                var exitCode = await api.KillAsync();
                Assert.That(exitCode, Is.EqualTo(128 + 9), "the API died of SIGKILL");
                await writing;
                Assert.That(stream.Failures, Is.Empty);

                await api.DisposeAsync();
                var restart = System.Diagnostics.Stopwatch.StartNew();
                api = await ApiProcess.StartAsync("api", store.Settings());
                var restartedIn = restart.Elapsed;
                var acknowledged = stream.Submissions.Count;
                var stored = await ReceptionCheck.VerifyAsync(api.SameUser(quality), stream, lab);
                var (retried, replayed) = await stream.RetryInDoubtAsync(api);
                Assert.That(stream.Failures, Is.Empty);
                Assert.That(await ReceptionCheck.VerifyAsync(api.SameUser(quality), stream, lab), Is.EqualTo(stream.SubmissionsSent.Count), "after the retries every submission sent is stored once");
                TestContext.Out.WriteLine($"{database} kill {kill}: {stream.Acknowledged} writes acknowledged in all, all found; "
                    + $"{acknowledged} submissions acknowledged, {stored} stored, none partial, receipt numbers 1…{stored}; "
                    + $"{retried} in doubt sent again with their Idempotency-Key: {replayed} had committed (replayed), {retried - replayed} made now; "
                    + $"restarted in {restartedIn.TotalSeconds:F1} s, checked in {(restart.Elapsed - restartedIn).TotalSeconds:F1} s.");
            }
        }
        finally
        {
            try
            {
                if (api is not null)
                {
                    await api.DisposeAsync();
                }
            }
            finally
            {
                await store.DropAsync();
            }
        }
    }
}
