using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Resilience;

/// <summary>
/// Receptionists writing at once, each in rounds: a customer, two to four instruments, and one
/// submission handing them all in (one transaction: a receipt number, the submission, a work
/// order per item). Every 2xx answer is recorded as acknowledged with what it said; a request
/// whose answer never came (the process went down) is in doubt: it may or may not have committed.
/// Submissions carry an <c>Idempotency-Key</c>, so one in doubt can be sent again safely.
/// </summary>
internal sealed class ReceptionStream(string laboratoryCode, string typeCode)
{
    private readonly ConcurrentQueue<(int Target, TaskCompletionSource Reached)> _watchers = new();
    private int _acknowledged;

    public ConcurrentDictionary<Guid, (string Name, string CreditCode)> Customers { get; } = new();

    public ConcurrentDictionary<Guid, (Guid Customer, string SerialNumber)> Instruments { get; } = new();

    public ConcurrentDictionary<Guid, AcknowledgedSubmission> Submissions { get; } = new();

    /// <summary>Every submission sent, acknowledged or not, by its Idempotency-Key: each one hands in a different set of instruments.</summary>
    public ConcurrentDictionary<string, SentSubmission> SubmissionsSent { get; } = new();

    /// <summary>Sent, and no answer came.</summary>
    public IEnumerable<KeyValuePair<string, SentSubmission>> SubmissionsInDoubt =>
        SubmissionsSent.Where(s => !Submissions.Values.Any(a => a.IdempotencyKey == s.Key));

    /// <summary>Anything but an acknowledgement from a process that was not going down: must stay empty.</summary>
    public ConcurrentQueue<string> Failures { get; } = new();

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Completes when this many writes in all have been acknowledged.</summary>
    public Task Reaching(int acknowledged)
    {
        var watcher = (acknowledged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _watchers.Enqueue(watcher);
        if (Acknowledged >= acknowledged)
        {
            watcher.Item2.TrySetResult();
        }

        return watcher.Item2.Task;
    }

    /// <summary>One receptionist writing to <paramref name="api"/> until it goes down or <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(ApiProcess api, HttpClient receptionist, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested && await RoundAsync(api, receptionist))
            {
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            if (!api.GoingDown)
            {
                Failures.Enqueue($"{api.Name}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private async Task<bool> RoundAsync(ApiProcess api, HttpClient http)
    {
        var customerBody = ReceptionDesk.Customer($"江门市蓬江区第{Random.Shared.Next(1, 999)}市场管理有限公司");
        if (await SendAsync(api, http, "/api/customers", customerBody) is not var (c, _))
        {
            return false;
        }

        var customerId = c.GetProperty("id").GetGuid();
        Customers[customerId] = (customerBody.Name, customerBody.CreditCode);
        var instruments = new List<Guid>();
        for (var i = Random.Shared.Next(2, 5); i > 0; i--)
        {
            var instrumentBody = ReceptionDesk.Instrument(customerId, typeCode);
            if (await SendAsync(api, http, "/api/instruments", instrumentBody) is not var (x, _))
            {
                return false;
            }

            var id = x.GetProperty("id").GetGuid();
            Instruments[id] = (customerId, instrumentBody.SerialNumber);
            instruments.Add(id);
        }

        var key = Guid.NewGuid().ToString("N");
        var sent = new SentSubmission(http.DefaultRequestHeaders.Authorization!.Parameter!, ReceptionDesk.Submission(customerId, laboratoryCode, instruments), [.. instruments]);
        SubmissionsSent[key] = sent;
        return await SubmitAsync(api, http, key, sent) is not null;
    }

    /// <summary>
    /// Sends every submission in doubt again, as the same receptionist with the same key, through
    /// <paramref name="api"/>: one that committed is answered from its record, one that did not is
    /// made now. Returns how many were sent and how many of them had committed.
    /// </summary>
    public async Task<(int Retried, int Replayed)> RetryInDoubtAsync(ApiProcess api)
    {
        var (retried, replayed) = (0, 0);
        foreach (var (key, sent) in SubmissionsInDoubt.ToList())
        {
            retried++;
            if (await SubmitAsync(api, api.Client(sent.Token), key, sent) is { Replayed: true })
            {
                replayed++;
            }
        }

        return (retried, replayed);
    }

    private async Task<AcknowledgedSubmission?> SubmitAsync(ApiProcess api, HttpClient http, string key, SentSubmission sent)
    {
        if (await SendAsync(api, http, "/api/submissions", sent.Body, key) is not var (s, replayed))
        {
            return null;
        }

        var items = s.GetProperty("items").EnumerateArray()
            .Select(item => new AcknowledgedItem(item.GetProperty("instrumentId").GetGuid(), item.GetProperty("workOrderId").GetGuid(), item.GetProperty("workOrderNumber").GetString()!))
            .ToList();
        var acknowledged = new AcknowledgedSubmission(key, replayed, s.GetProperty("receiptNo").GetString()!, items);
        Submissions[s.GetProperty("id").GetGuid()] = acknowledged;
        return acknowledged;
    }

    /// <summary>The body of a 201 and whether it was replayed, or null (and a failure recorded) for any other answer.</summary>
    private async Task<(JsonElement Body, bool Replayed)?> SendAsync(ApiProcess api, HttpClient http, string route, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201)
        {
            Failures.Enqueue($"{api.Name}: POST {route} answered {(int)response.StatusCode}: {text}");
            return null;
        }

        var acknowledged = Interlocked.Increment(ref _acknowledged);
        foreach (var (target, reached) in _watchers)
        {
            if (acknowledged >= target)
            {
                reached.TrySetResult();
            }
        }

        return (JsonDocument.Parse(text).RootElement.Clone(), response.Headers.Contains("Idempotent-Replayed"));
    }
}

internal sealed record SentSubmission(string Token, SubmissionBody Body, Guid[] Instruments);

internal sealed record AcknowledgedItem(Guid InstrumentId, Guid WorkOrderId, string WorkOrderNumber);

internal sealed record AcknowledgedSubmission(string IdempotencyKey, bool Replayed, string ReceiptNo, IReadOnlyList<AcknowledgedItem> Items);
