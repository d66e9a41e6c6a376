using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Lims.Api.Tests.Support;
using Lims.Api.Tests.WorkOrders;
using Lims.Application.Tests.Recall;

namespace Lims.Api.Tests.Resilience;

/// <summary>
/// Issue #10, scale-out: two API processes (<c>Jobs:Role=Api</c>) and one worker process
/// (<c>Jobs:Role=Worker</c>) on one PostgreSQL database, started together, as docs/operations.md
/// describes. Numbers stay unique and consecutive across processes, jobs triggered through both
/// APIs run in the worker and do their work once, and stopping one API loses nothing acknowledged.
/// </summary>
public sealed class ScaleOutTests
{
    private const string QualityManagerEmail = "quality@jmjl.example.cn";

    // A month lasts 28 to 31 days, so a one-month interval verified today falls due inside a 31-day
    // window whatever the month.
    private const int ReminderDays = 31;

    private readonly List<ApiProcess> _processes = [];
    private TestDatabase _store = null!;
    private LoopbackSmtpServer _smtp = null!;
    private ApiProcess _first = null!;
    private ApiProcess _second = null!;
    private ApiProcess _worker = null!;
    private WorkBench _bench = null!;

    [OneTimeSetUp]
    public async Task StartTwoApisAndAWorkerAsync()
    {
        TestDatabases.IgnoreUnlessConfigured(TestDatabases.PostgreSql);
        _store = new TestDatabase(TestDatabases.PostgreSql);
        _smtp = new LoopbackSmtpServer();
        var settings = _store.Settings();
        settings["Notifications:Smtp:Host"] = "127.0.0.1";
        settings["Notifications:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture);
        settings["Notifications:Smtp:Security"] = "None";
        settings["Notifications:Smtp:From"] = "recall@jmjl.example.cn";
        settings["Notifications:QualityManagerEmail"] = QualityManagerEmail;
        settings["Recall:ReminderDays"] = ReminderDays.ToString(CultureInfo.InvariantCulture);

        try
        {
            // All three at once on a new database: the migrations and the first administrator must cope.
            var started = await Task.WhenAll(
                StartAsync("api-1", settings, "Api"),
                StartAsync("api-2", settings, "Api"),
                StartAsync("worker", settings, "Worker"));
            (_first, _second, _worker) = (started[0], started[1], started[2]);
            _bench = await WorkBench.ArrangeAsync(_first, intervalMonths: 1);
        }
        catch
        {
            // NUnit need not run the one-time tear-down after a failed set-up.
            await StopAllAsync();
            throw;
        }
    }

    [OneTimeTearDown]
    public async Task StopAllAsync()
    {
        try
        {
            foreach (var process in _processes)
            {
                await process.DisposeAsync();
            }

            if (_smtp is not null)
            {
                await _smtp.DisposeAsync();
                _smtp = null!;
            }
        }
        finally
        {
            if (_store is not null)
            {
                await _store.DropAsync();
                _store = null!;
            }
        }
    }

    [Test]
    [Order(1)]
    public async Task Only_the_worker_runs_a_job_server_and_the_worker_serves_only_health()
    {
        // The worker announces its server in the background once started: wait for it.
        var monitor = Storage().GetMonitoringApi();
        var deadline = DateTime.UtcNow + ApiProcess.StartUpTimeout;
        while (monitor.Servers().Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Assert.That(monitor.Servers().Select(s => s.Name).ToList(), Has.Count.EqualTo(1).And.All.Matches<string>(name => name.Contains($":{_worker.ProcessId}:", StringComparison.Ordinal)), "the one Hangfire server is the worker's");

        using var toWorker = _worker.Anonymous();
        await Expect.StatusAsync(await toWorker.GetAsync("/health"), 200);
        await Expect.StatusAsync(await toWorker.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = LimsApiFactory.AdminPassword }), 404);
    }

    [Test]
    [Order(2)]
    public async Task Submissions_and_approvals_through_both_apis_at_once_get_unique_consecutive_numbers()
    {
        const int approvals = 8;
        const int submissions = 16;
        var reviewed = new List<Guid>();
        for (var i = 0; i < approvals; i++)
        {
            reviewed.Add(await _bench.ReviewedWorkOrderAsync());
        }

        var desk = new ReceptionDesk(_first.Admin);
        var handIns = new List<SubmissionBody>();
        for (var i = 0; i < submissions; i++)
        {
            var instruments = new[] { await desk.InstrumentAsync(_bench.Reception, _bench.Customer, _bench.TypeCode), await desk.InstrumentAsync(_bench.Reception, _bench.Customer, _bench.TypeCode) };
            handIns.Add(ReceptionDesk.Submission(_bench.Customer, _bench.Lab, instruments));
        }

        HttpClient[] receptionists = [_bench.Reception, _second.SameUser(_bench.Reception)];
        HttpClient[] approvers = [_bench.Approver, _second.SameUser(_bench.Approver)];
        var submitting = handIns.Select((body, i) => receptionists[i % 2].PostAsJsonAsync("/api/submissions", body));
        var approving = reviewed.Select((id, i) => approvers[i % 2].PostAsJsonAsync($"/api/work-orders/{id}/approve", new { }));
        var answers = await Task.WhenAll(submitting.Concat(approving));

        var receiptNos = new List<string>();
        foreach (var answer in answers.Take(submissions))
        {
            receiptNos.Add((await Expect.JsonAsync(answer, 201)).GetProperty("receiptNo").GetString()!);
        }

        var certificateNos = new List<string>();
        foreach (var answer in answers.Skip(submissions))
        {
            certificateNos.Add((await Expect.JsonAsync(answer, 200)).GetProperty("certificateNo").GetString()!);
        }

        // The reviewed work orders were handed in first, one submission each: receipts 1…8.
        var all = await ReceptionCheck.AllAsync(_second.SameUser(_bench.QualityManager), "/api/submissions?");
        var ofTheLab = all.Where(s => s.GetProperty("laboratoryCode").GetString() == _bench.Lab).Select(s => s.GetProperty("receiptNo").GetString()!).ToList();
        Assert.That(ofTheLab, Is.SupersetOf(receiptNos).And.Count.EqualTo(approvals + submissions));
        ReceptionCheck.AssertConsecutive(ofTheLab, $"{_bench.Lab}-SJ-");
        ReceptionCheck.AssertConsecutive(certificateNos, $"{_bench.Lab}-JD-");
    }

    [Test]
    [Order(3)]
    public async Task An_instrument_handed_in_through_both_apis_at_once_is_taken_in_once()
    {
        // Each API writes its submissions in batches; when a batch loses the race for an instrument to
        // the other process, it fails as a whole and its requests are written again one by one.
        const int instruments = 12;
        var desk = new ReceptionDesk(_first.Admin);
        var ids = new List<Guid>();
        for (var i = 0; i < instruments; i++)
        {
            ids.Add(await desk.InstrumentAsync(_bench.Reception, _bench.Customer, _bench.TypeCode));
        }

        HttpClient[] receptionists = [_bench.Reception, _second.SameUser(_bench.Reception)];
        var sends = ids.SelectMany(id => receptionists.Select(r => (Instrument: id, Answer: r.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(_bench.Customer, _bench.Lab, [id]))))).ToList();
        await Task.WhenAll(sends.Select(s => s.Answer));

        var takenIn = new List<string>();
        foreach (var group in sends.GroupBy(s => s.Instrument))
        {
            var statuses = new List<int>();
            foreach (var (_, answer) in group)
            {
                var response = await answer;
                statuses.Add((int)response.StatusCode);
                if (response.StatusCode == System.Net.HttpStatusCode.Created)
                {
                    takenIn.Add((await Expect.JsonAsync(response, 201)).GetProperty("receiptNo").GetString()!);
                }
                else
                {
                    // Refused as already at the laboratory, even when the other process had not yet
                    // committed as this one read (it reads again once that one has).
                    await Expect.ProblemAsync(response, 422, "instrument-already-submitted");
                }
            }

            Assert.That(statuses.Count(s => s == 201), Is.EqualTo(1), "one API takes the instrument in, the other refuses it");
        }

        var all = await ReceptionCheck.AllAsync(_second.SameUser(_bench.QualityManager), "/api/submissions?");
        var ofTheLab = all.Where(s => s.GetProperty("laboratoryCode").GetString() == _bench.Lab).Select(s => s.GetProperty("receiptNo").GetString()!).ToList();
        Assert.That(ofTheLab, Is.SupersetOf(takenIn));
        ReceptionCheck.AssertConsecutive(ofTheLab, $"{_bench.Lab}-SJ-");
    }

    [Test]
    [Order(4)]
    public async Task A_recall_scan_and_a_delivery_triggered_through_both_apis_run_in_the_worker_once()
    {
        // Due within the reminder windows: a weight set's calibration and a technician's authorisation.
        var weights = await _bench.Standards.WeightSetAsync();
        await Expect.StatusAsync(await _bench.Standards.CalibrateAsync(weights, WorkBench.Today.AddMonths(-11), WorkBench.Today.AddDays(10)), 201);
        await _bench.TechnicianAsync(authorisedUntil: WorkBench.Today.AddDays(20));
        var instrumentsDue = (await Expect.JsonAsync(await _first.Admin.GetAsync($"/api/recalls/due?within={ReminderDays}&pageSize=1"), 200)).GetProperty("total").GetInt32();
        Assert.That(instrumentsDue, Is.Positive, "the approved one-month verifications are due");

        await RunThroughBothAsync("recall-scan");
        // The bench's quality manager is of a City laboratory: they read every laboratory's reminders (the first administrator, of none, only the customers').
        var reminders = await ReceptionCheck.AllAsync(_bench.QualityManager, "/api/notifications?");
        var subjects = reminders.Select(r => (Kind: r.GetProperty("kind").GetString()!, Subject: r.GetProperty("subjectKey").GetString()!, Due: r.GetProperty("dueOn").GetString()!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(subjects, Is.Unique, "no reminder written twice");
            Assert.That(subjects.Count(s => s.Kind == "InstrumentDue"), Is.EqualTo(instrumentsDue));
            Assert.That(subjects.Count(s => s.Kind == "EquipmentCalibrationDue" && s.Subject == weights), Is.EqualTo(1));
            Assert.That(subjects.Count(s => s.Kind == "AuthorizationExpiring"), Is.EqualTo(2), "the technician's two authorisations, for the scale's procedure and the balance's");
        });

        await RunThroughBothAsync("notification-delivery");
        var internalReminders = reminders.Count(r => r.GetProperty("recipient").GetProperty("customerId").ValueKind == JsonValueKind.Null);
        var sent = (await Expect.JsonAsync(await _second.SameUser(_bench.QualityManager).GetAsync("/api/notifications?status=Sent&pageSize=1"), 200)).GetProperty("total").GetInt32();
        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.EqualTo(internalReminders), "the internal reminders are sent (the market has no e-mail: phoned)");
            Assert.That(_smtp.Messages.Count, Is.EqualTo(internalReminders), "each sent once, not once per trigger");
            Assert.That(_smtp.Messages.SelectMany(m => m.To), Has.All.Matches<string>(to => to.Contains(QualityManagerEmail, StringComparison.Ordinal)));
        });
    }

    [Test]
    [Order(5)]
    public async Task Stopping_one_api_loses_nothing_it_acknowledged()
    {
        var desk = new ReceptionDesk(_first.Admin);
        var lab = await desk.LaboratoryAsync();
        var stream = new ReceptionStream(lab, _bench.TypeCode);
        var onFirst = new[] { await _first.SignInNewUserInAsync(lab, "Reception"), await _first.SignInNewUserInAsync(lab, "Reception") };
        var quality = _second.SameUser(await _first.SignInNewUserInAsync(lab, "QualityManager"));
        var onSecond = new[] { _second.SameUser(onFirst[0]), _second.SameUser(onFirst[1]) };
        using var enough = new CancellationTokenSource();
        var writing = Task.WhenAll(
            onFirst.Select(c => stream.RunAsync(_first, c, enough.Token))
                .Concat(onSecond.Select(c => stream.RunAsync(_second, c, enough.Token))));

        await Task.WhenAny(stream.Reaching(30), writing).WaitAsync(TimeSpan.FromMinutes(2));
        var acknowledgedBeforeStop = stream.Acknowledged;
        Assert.That(await _first.StopAsync(TimeSpan.FromMinutes(1)), Is.Zero, "api-1 shut down cleanly");
        await Task.WhenAny(stream.Reaching(stream.Acknowledged + 20), writing).WaitAsync(TimeSpan.FromMinutes(2));
        await enough.CancelAsync();
        await writing;

        Assert.That(stream.Failures, Is.Empty, string.Join('\n', stream.Failures));
        var stored = await ReceptionCheck.VerifyAsync(quality, stream, lab);
        var (retried, _) = await stream.RetryInDoubtAsync(_second);
        Assert.That(stream.Failures, Is.Empty, string.Join('\n', stream.Failures));
        Assert.That(await ReceptionCheck.VerifyAsync(quality, stream, lab), Is.EqualTo(stream.SubmissionsSent.Count));
        TestContext.Out.WriteLine($"scale-out: {stream.Acknowledged} writes acknowledged through both APIs ({acknowledgedBeforeStop} before api-1 stopped), all found; {stored} submissions, receipt numbers 1…{stored}; {retried} in doubt sent again through api-2.");
    }

    private async Task<ApiProcess> StartAsync(string name, Dictionary<string, string?> settings, string role)
    {
        var process = await ApiProcess.StartAsync(name, new Dictionary<string, string?>(settings) { ["Jobs:Role"] = role });
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Triggers the job through both APIs at once and waits until the worker has run both.</summary>
    private async Task RunThroughBothAsync(string job)
    {
        var triggered = await Task.WhenAll(_first.Admin.PostAsync($"/api/jobs/{job}/run", null), _second.Admin.PostAsync($"/api/jobs/{job}/run", null));
        var monitor = Storage().GetMonitoringApi();
        foreach (var answer in triggered)
        {
            var jobId = (await Expect.JsonAsync(answer, 202)).GetProperty("jobId").GetString()!;
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            while (monitor.JobDetails(jobId).History.FirstOrDefault()?.StateName is not ("Succeeded" or "Failed" or "Deleted"))
            {
                Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"{job} {jobId} did not finish:\n{_worker.Output}");
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }

            var history = monitor.JobDetails(jobId).History;
            Assert.That(history[0].StateName, Is.EqualTo("Succeeded"), $"{job} {jobId}:\n{_worker.Output}");
            var processing = history.First(h => h.StateName == "Processing");
            Assert.That(processing.Data["ServerId"], Does.Contain($":{_worker.ProcessId}:"), "run by the worker");
        }
    }

    private PostgreSqlStorage Storage()
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(_store.ConnectionString, options), options);
    }
}
