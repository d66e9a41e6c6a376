using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Intake;

public sealed class SubmissionTests(string database) : ApiTest(database)
{
    private static readonly int Year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Year;

    private ReceptionDesk Desk => new(Admin);

    private sealed record Bench(string Lab, Guid Customer, Guid[] Instruments, HttpClient Reception);

    /// <summary>A new laboratory (its receipts start at 000001), a market, two compulsory scales and a calibrated thermometer.</summary>
    private async Task<Bench> BenchAsync()
    {
        var lab = await Desk.LaboratoryAsync();
        var reception = await Host.SignInNewUserInAsync(lab, "Reception");
        var scale = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var thermometer = await Desk.InstrumentTypeAsync("工作用玻璃液体温度计", compulsory: false, fee: 45.50m, calibrationSpecification: true);
        var customer = (await Desk.CustomerAsync(reception)).GetProperty("id").GetGuid();
        Guid[] instruments =
        [
            await Desk.InstrumentAsync(reception, customer, scale),
            await Desk.InstrumentAsync(reception, customer, scale),
            await Desk.InstrumentAsync(reception, customer, thermometer),
        ];
        return new Bench(lab, customer, instruments, reception);
    }

    private static object Body(Bench bench, params Guid[] instruments) => new
    {
        customerId = bench.Customer,
        laboratoryCode = bench.Lab,
        items = instruments.Select((id, i) => new { instrumentId = id, service = i < 2 ? "Verification" : "Calibration", conditionOnReceipt = "外观完好，通电正常", accessories = i == 0 ? "电源线 1 根" : null }),
    };

    [Test]
    public async Task Three_instruments_handed_in_get_one_receipt_and_three_registered_work_orders()
    {
        var bench = await BenchAsync();
        var response = await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments));
        var created = await Expect.JsonAsync(response, 201);
        var receiptNo = created.GetProperty("receiptNo").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(receiptNo, Is.EqualTo($"{bench.Lab}-SJ-{Year}-000001"));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/submissions/{created.GetProperty("id").GetGuid()}"));
            Assert.That(created.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("workOrderNumber").GetString()),
                Is.EqualTo(new[] { $"{receiptNo}-01", $"{receiptNo}-02", $"{receiptNo}-03" }));
        });

        var submission = await Expect.JsonAsync(await bench.Reception.GetAsync(response.Headers.Location), 200);
        var items = submission.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.GetProperty("workOrderStatus").GetString()), Is.All.EqualTo("Registered"));
            Assert.That(items.Select(i => i.GetProperty("instrumentStatus").GetString()), Is.All.EqualTo("AtLaboratory"));
            Assert.That(items[0].GetProperty("accessories").GetString(), Is.EqualTo("电源线 1 根"));
            Assert.That(items[0].GetProperty("conditionOnReceipt").GetString(), Is.EqualTo("外观完好，通电正常"));
            Assert.That(submission.GetProperty("totalFee").GetDecimal(), Is.EqualTo(105.50m));
            Assert.That(submission.GetProperty("totalFeeWaived").GetDecimal(), Is.EqualTo(60m), "compulsory verification is free; the fee is recorded as waived");
            Assert.That(items[2].GetProperty("feeWaived").GetDecimal(), Is.Zero);
        });

        var queue = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/work-orders?laboratoryCode={bench.Lab}&status=Registered"), 200);
        Assert.That(queue.GetProperty("total").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_answer_and_creates_nothing()
    {
        var bench = await BenchAsync();
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> SendAsync(object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await bench.Reception.SendAsync(request);
        }

        var first = await Expect.JsonAsync(await SendAsync(Body(bench, bench.Instruments)), 201);
        var retry = await SendAsync(Body(bench, bench.Instruments));
        var second = await Expect.JsonAsync(retry, 201);
        Assert.Multiple(() =>
        {
            Assert.That(second.GetProperty("id").GetGuid(), Is.EqualTo(first.GetProperty("id").GetGuid()));
            Assert.That(second.GetProperty("receiptNo").GetString(), Is.EqualTo(first.GetProperty("receiptNo").GetString()));
            Assert.That(retry.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        });
        var list = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/submissions?customerId={bench.Customer}"), 200);
        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(1));

        await Expect.ProblemAsync(await SendAsync(Body(bench, bench.Instruments[0])), 422, "idempotency-key-reused");
    }

    [Test]
    public async Task Simultaneous_retries_with_one_idempotency_key_create_one_submission()
    {
        var bench = await BenchAsync();
        var key = Guid.NewGuid().ToString();
        var sends = Enumerable.Range(0, 5).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = JsonContent.Create(Body(bench, bench.Instruments)) };
            request.Headers.Add("Idempotency-Key", key);
            return bench.Reception.SendAsync(request);
        });
        var responses = await Task.WhenAll(sends);
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await Expect.JsonAsync(response, 201)).GetProperty("id").GetGuid());
        }

        Assert.That(ids, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Fifty_simultaneous_submissions_get_fifty_consecutive_receipt_numbers()
    {
        var lab = await Desk.LaboratoryAsync();
        var reception = await Host.SignInNewUserInAsync(lab, "Reception");
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await Desk.CustomerAsync(reception)).GetProperty("id").GetGuid();
        var instruments = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            instruments.Add(await Desk.InstrumentAsync(reception, customer, type));
        }

        var sends = instruments.Select(id => reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [id])));
        var numbers = new List<string>();
        foreach (var response in await Task.WhenAll(sends))
        {
            numbers.Add((await Expect.JsonAsync(response, 201)).GetProperty("receiptNo").GetString()!);
        }

        var expected = Enumerable.Range(1, 50).Select(n => $"{lab}-SJ-{Year}-{n:D6}");
        Assert.That(numbers.Order(StringComparer.Ordinal), Is.EqualTo(expected));
    }

    [Test]
    public async Task Simultaneous_submissions_of_two_clerks_are_answered_each_on_its_own()
    {
        // Sent at once, these share batches (one transaction, one draw of numbers): each must still
        // be answered, refused and audited as if it had been alone.
        var lab = await Desk.LaboratoryAsync();
        var type = await Desk.InstrumentTypeAsync("电子计价秤", compulsory: true, fee: 30m);
        var customer = (await Desk.CustomerAsync(Admin)).GetProperty("id").GetGuid();
        var foreignCustomer = (await Desk.CustomerAsync(Admin, "开平市某酒店")).GetProperty("id").GetGuid();
        var clerks = new[] { await Host.SignInNewUserInAsync(lab, "Reception"), await Host.SignInNewUserInAsync(lab, "Reception") };
        var quality = await Host.SignInNewUserInAsync(lab, "QualityManager");
        var instruments = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            instruments.Add(await Desk.InstrumentAsync(Admin, customer, type));
        }

        var foreign = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            foreign.Add(await Desk.InstrumentAsync(Admin, foreignCustomer, type));
        }

        // Clerk 0 hands in the first 15, clerk 1 the other 15, the first 3 again, and 4 instruments of another customer.
        var sends = new List<(int Clerk, Guid Instrument, Task<HttpResponseMessage> Answer)>();
        void Send(int clerk, Guid instrument) =>
            sends.Add((clerk, instrument, clerks[clerk].PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(customer, lab, [instrument]))));
        for (var i = 0; i < 30; i++)
        {
            Send(i < 15 ? 0 : 1, instruments[i]);
            if (i < 3)
            {
                Send(1, instruments[i]);
            }
        }

        foreign.ForEach(id => Send(1, id));
        await Task.WhenAll(sends.Select(s => s.Answer));

        var accepted = new List<(int Clerk, JsonElement Created)>();
        var refusals = new List<string>();
        foreach (var (clerk, _, answer) in sends)
        {
            var response = await answer;
            if (response.StatusCode == System.Net.HttpStatusCode.Created)
            {
                accepted.Add((clerk, await Expect.JsonAsync(response, 201)));
            }
            else
            {
                refusals.Add((await Expect.JsonAsync(response, 422)).GetProperty("code").GetString()!);
            }
        }

        Assert.That(accepted, Has.Count.EqualTo(30), "each instrument handed in once");
        Assert.That(refusals.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Repeat("instrument-already-submitted", 3).Concat(Enumerable.Repeat("instrument-of-another-customer", 4))));
        var numbers = accepted.Select(a => a.Created.GetProperty("receiptNo").GetString()).Order(StringComparer.Ordinal);
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, 30).Select(n => $"{lab}-SJ-{Year}-{n:D6}")), "no gaps left by the refused");

        var clerkNames = new string?[2];
        foreach (var (clerk, created) in accepted)
        {
            var submission = await Expect.JsonAsync(await clerks[1 - clerk].GetAsync($"/api/submissions/{created.GetProperty("id").GetGuid()}"), 200);
            var receivedBy = submission.GetProperty("receivedBy").GetString();
            clerkNames[clerk] ??= receivedBy;
            Assert.That(receivedBy, Is.EqualTo(clerkNames[clerk]), "received by the clerk who sent it");
            var workOrder = created.GetProperty("items")[0].GetProperty("workOrderId").GetGuid();
            foreach (var (entity, key) in new[] { ("Submission", created.GetProperty("id").GetGuid()), ("WorkOrder", workOrder) })
            {
                var trail = await Expect.JsonAsync(await quality.GetAsync($"/api/audit?entity={entity}&key={key}"), 200);
                Assert.That(trail.GetProperty("items")[0].GetProperty("user").GetString(), Is.EqualTo(receivedBy), $"the {entity}'s audit line names its clerk");
            }
        }

        Assert.That(clerkNames[0], Is.Not.EqualTo(clerkNames[1]));
    }

    [Test]
    public async Task A_refused_submission_writes_nothing_and_uses_no_receipt_number()
    {
        var bench = await BenchAsync();
        var otherCustomer = (await Desk.CustomerAsync(Admin, "开平市某酒店")).GetProperty("id").GetGuid();
        var otherType = await Desk.InstrumentTypeAsync("电子台秤", compulsory: true, fee: 30m);
        var foreign = await Desk.InstrumentAsync(Admin, otherCustomer, otherType);

        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0], foreign)), 422, "instrument-of-another-customer");
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0], Guid.NewGuid())), 422, "unknown-instrument");
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(Guid.NewGuid(), bench.Lab, [bench.Instruments[0]])), 422, "unknown-customer");
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(bench.Customer, "NOSUCHLAB", [bench.Instruments[0]])), 422, "submission-for-another-laboratory");

        var instrument = await Expect.JsonAsync(await Admin.GetAsync($"/api/instruments/{bench.Instruments[0]}"), 200);
        Assert.That(instrument.GetProperty("status").GetString(), Is.EqualTo("InService"), "the refused submissions left the instrument alone");
        var none = await Expect.JsonAsync(await bench.Reception.GetAsync($"/api/submissions?customerId={bench.Customer}"), 200);
        Assert.That(none.GetProperty("total").GetInt32(), Is.Zero);

        var accepted = await Expect.JsonAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0])), 201);
        Assert.That(accepted.GetProperty("receiptNo").GetString(), Is.EqualTo($"{bench.Lab}-SJ-{Year}-000001"));
    }

    [Test]
    public async Task A_submission_without_a_laboratory_is_the_receptionists_laboratorys()
    {
        var bench = await BenchAsync();
        var body = new { customerId = bench.Customer, items = new[] { ReceptionDesk.Item(bench.Instruments[0]) } };

        var created = await Expect.JsonAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", body), 201);

        Assert.That(created.GetProperty("receiptNo").GetString(), Is.EqualTo($"{bench.Lab}-SJ-{Year}-000001"));
    }

    [Test]
    public async Task A_submission_for_another_laboratory_is_refused_and_uses_none_of_its_numbers()
    {
        var bench = await BenchAsync();
        var county = await Desk.LaboratoryAsync("County");

        var refused = await bench.Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(bench.Customer, county, [bench.Instruments[0]]));

        var problem = await Expect.ProblemAsync(refused, 422, "submission-for-another-laboratory");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(bench.Lab));
        var countyReception = await Host.SignInNewUserInAsync(county, "Reception");
        var accepted = await Expect.JsonAsync(await countyReception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(bench.Customer, county, [bench.Instruments[0]])), 201);
        Assert.That(accepted.GetProperty("receiptNo").GetString(), Is.EqualTo($"{county}-SJ-{Year}-000001"));
    }

    [Test]
    public async Task A_receptionist_of_no_laboratory_registers_no_submission()
    {
        var bench = await BenchAsync();
        var homeless = await Host.SignInNewUserAsync("Reception");

        await Expect.ProblemAsync(await homeless.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0])), 422, "no-laboratory");
    }

    [Test]
    public async Task An_instrument_already_at_the_laboratory_cannot_be_handed_in_again()
    {
        var bench = await BenchAsync();
        await Expect.StatusAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0])), 201);
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0])), 422, "instrument-already-submitted");
    }

    [Test]
    public async Task A_calibration_specification_type_cannot_be_verified()
    {
        var bench = await BenchAsync();
        var body = ReceptionDesk.Submission(bench.Customer, bench.Lab, [bench.Instruments[2]]);
        await Expect.ProblemAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", body), 422, "verification-needs-regulation");
    }

    [Test]
    public async Task Empty_or_repeated_items_are_400()
    {
        var bench = await BenchAsync();
        await Expect.ValidationErrorsAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", ReceptionDesk.Submission(bench.Customer, bench.Lab, [])), "items");
        await Expect.ValidationErrorsAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0], bench.Instruments[0])), "items");
        var noCondition = new { customerId = bench.Customer, laboratoryCode = bench.Lab, items = new[] { new { instrumentId = bench.Instruments[0], service = "Verification" } } };
        await Expect.ValidationErrorsAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", noCondition), "items[0].conditionOnReceipt");
    }

    [Test]
    public async Task Instruments_cannot_be_handed_back_while_work_is_open()
    {
        var bench = await BenchAsync();
        var created = await Expect.JsonAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments)), 201);
        var response = await bench.Reception.PostAsync($"/api/submissions/{created.GetProperty("id").GetGuid()}/return", null);
        var problem = await Expect.ProblemAsync(response, 422, "work-not-finished");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Registered"));
    }

    [TestCase("Technician")]
    [TestCase("Approver")]
    public async Task Only_reception_and_administrators_register_submissions(string role)
    {
        var bench = await BenchAsync();
        var client = await Host.SignInNewUserAsync(role);
        await Expect.ProblemAsync(await client.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0])), 403, "forbidden");
        await Expect.ProblemAsync(await client.PostAsJsonAsync("/api/instruments", new { customerId = bench.Customer }), 403, "forbidden");
    }

    [Test]
    public async Task An_unknown_submission_is_404()
    {
        await Expect.ProblemAsync(await Admin.GetAsync($"/api/submissions/{Guid.NewGuid()}"), 404, "not-found");
        await Expect.ProblemAsync(await Admin.GetAsync("/api/submissions/not-a-guid"), 404, "not-found");
    }

    [Test]
    public async Task The_submission_is_in_the_audit_trail()
    {
        var bench = await BenchAsync();
        var created = await Expect.JsonAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments[0])), 201);
        var quality = await Host.SignInNewUserInAsync(bench.Lab, "QualityManager");
        var trail = await Expect.JsonAsync(await quality.GetAsync($"/api/audit?entity=Submission&key={created.GetProperty("id").GetGuid()}"), 200);
        var entry = trail.GetProperty("items")[0];
        Assert.That(entry.GetProperty("changes").GetProperty("receiptNo").GetProperty("after").GetString(), Is.EqualTo(created.GetProperty("receiptNo").GetString()));
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("Insert"));
        _ = JsonSerializer.Serialize(entry);
    }

    [Test]
    public async Task The_receipt_pdf_names_the_customer_and_every_work_order()
    {
        var bench = await BenchAsync();
        var created = await Expect.JsonAsync(await bench.Reception.PostAsJsonAsync("/api/submissions", Body(bench, bench.Instruments)), 201);
        var response = await bench.Reception.GetAsync($"/api/submissions/{created.GetProperty("id").GetGuid()}/receipt");
        await Expect.StatusAsync(response, 200);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("LIMS_WRITE_SAMPLES") == "1" && Database == TestDatabases.Sqlite)
        {
            await File.WriteAllBytesAsync(Path.Combine(Tests.Database.RepositoryRoot.Find(), "docs", "samples", "intake-receipt.pdf"), bytes);
        }

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        var receiptNo = created.GetProperty("receiptNo").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(receiptNo));
            Assert.That(text, Does.Contain("江门市蓬江区华润万家超市有限公司"));
            Assert.That(text, Does.Contain("收样回执"));
            foreach (var item in created.GetProperty("items").EnumerateArray())
            {
                Assert.That(text, Does.Contain(item.GetProperty("workOrderNumber").GetString()));
            }
        });
    }
}
