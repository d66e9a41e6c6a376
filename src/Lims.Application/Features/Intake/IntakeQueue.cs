using System.Threading.Channels;
using Lims.Application.Common;
using Lims.Application.Common.Idempotency;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Features.Intake;

/// <summary>
/// The reception desk's queue (group commit). Submissions arriving while a batch is being written
/// wait and go together in the next: one transaction, one draw of receipt numbers per laboratory,
/// one commit, instead of one of each per request. Numbers are drawn under a lock held until the
/// commit (rule 1: no gaps), so one request at a time would cap intake at one commit per number lock.
/// Each request is answered only after its batch has committed. When a batch fails as a whole (an
/// instrument changed by another process since it was read, a retry racing its first request), each
/// of its requests is written again on its own, once, so one request's conflict is only that request's.
/// The host serves it (<see cref="ServeAsync"/>, from a hosted service) from start-up to shutdown.
/// </summary>
public sealed class IntakeQueue(IServiceScopeFactory scopes, LimsMetrics metrics) : IAsyncDisposable, IDisposable
{
    /// <summary>Instruments per batch: a submission that would pass it waits for the next batch (a batch takes at least one).</summary>
    public const int MaxItemsPerBatch = 400;

    /// <summary>Tries of a request written alone that lose a record to another process meanwhile (409 only after the last).</summary>
    private const int MaxAttemptsAlone = 3;

    private const string Stopping = "This server is stopping and takes no more submissions; nothing was registered. Send it again (with the same Idempotency-Key): another server, or this one once restarted, takes it.";

    private const string GivenUp = "This server stopped while it was registering the submission and cannot say whether it was. Send it again with the same Idempotency-Key: the answer tells.";

    private readonly Channel<PendingIntake> _waiting = Channel.CreateUnbounded<PendingIntake>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _served = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _serving;

    internal Task<(SubmissionCreated Created, bool Replayed)> HandInAsync(PendingIntake pending)
    {
        if (!_waiting.Writer.TryWrite(pending))
        {
            throw new ServiceStoppingException(Stopping);
        }

        return pending.Outcome.Task;
    }

    /// <summary>
    /// Writes the submissions handed in, batch after batch, until <see cref="Close"/> and the last
    /// one taken is answered. <paramref name="abandon"/> gives up: the database work under way is
    /// cancelled and every request not yet answered fails as the server's stopping (503).
    /// </summary>
    public async Task ServeAsync(CancellationToken abandon)
    {
        if (Interlocked.Exchange(ref _serving, 1) == 1)
        {
            throw new InvalidOperationException("The intake queue is served once.");
        }

        try
        {
            var deferred = new List<PendingIntake>();
            while (deferred.Count > 0 || await _waiting.Reader.WaitToReadAsync(abandon))
            {
                deferred = await WriteAsync(Take(deferred), abandon);
            }
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            FailWaiting();
        }
        finally
        {
            _served.TrySetResult();
        }
    }

    /// <summary>Takes no more submissions: those handed in from now on are refused as the server's stopping (503).</summary>
    public void Close() => _waiting.Writer.TryComplete();

    /// <summary>Takes no more submissions and waits until those already taken are answered.</summary>
    public async ValueTask DisposeAsync()
    {
        Close();
        if (Volatile.Read(ref _serving) == 1)
        {
            await _served.Task;
        }
        else
        {
            FailWaiting();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void FailWaiting()
    {
        while (_waiting.Reader.TryRead(out var pending))
        {
            pending.Outcome.TrySetException(new ServiceStoppingException(Stopping));
        }
    }

    /// <summary>What waits now, deferred requests first, up to <see cref="MaxItemsPerBatch"/> instruments (at least one request).</summary>
    private List<PendingIntake> Take(List<PendingIntake> deferred)
    {
        var batch = new List<PendingIntake>(deferred);
        var items = batch.Sum(p => p.ItemCount);
        while (_waiting.Reader.TryPeek(out var next) && (batch.Count == 0 || items + next.ItemCount <= MaxItemsPerBatch) && _waiting.Reader.TryRead(out next))
        {
            batch.Add(next);
            items += next.ItemCount;
        }

        return batch;
    }

    /// <summary>Writes the batch and answers its requests; returns those left for the next batch.</summary>
    private async Task<List<PendingIntake>> WriteAsync(List<PendingIntake> batch, CancellationToken abandon)
    {
        try
        {
            var outcome = await WriteInScopeAsync(batch, abandon);
            await AnswerAsync(outcome, abandon);
            return outcome.Deferred;
        }
        catch (OperationCanceledException) when (abandon.IsCancellationRequested)
        {
            Fail(batch);
            throw;
        }
        catch (Exception)
        {
            // Each again in a batch of its own, reading afresh: a request whose instrument another
            // process took in meanwhile is then refused for that (422).
            foreach (var pending in batch)
            {
                await WriteAloneAsync(pending, abandon);
            }

            return [];
        }
    }

    private async Task WriteAloneAsync(PendingIntake pending, CancellationToken abandon)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Alone, nothing comes before it in its batch, so nothing is deferred.
                await AnswerAsync(await WriteInScopeAsync([pending], abandon), abandon);
                return;
            }
            catch (OperationCanceledException) when (abandon.IsCancellationRequested)
            {
                Fail([pending]);
                throw;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttemptsAlone)
            {
                // Another process changed what this request read, and has committed by now (the
                // update waited for its row lock): read again, to answer on what it saved (422).
            }
            catch (Exception failure)
            {
                await FailAsync(pending, failure, abandon);
                return;
            }
        }
    }

    private async Task<IntakeBatchOutcome> WriteInScopeAsync(IReadOnlyList<PendingIntake> batch, CancellationToken abandon)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeBatchWriter>().WriteAsync(batch, abandon);
    }

    /// <summary>Given up while being written: whether they were committed is not known here; a retry with the same key finds out.</summary>
    private static void Fail(IEnumerable<PendingIntake> batch)
    {
        foreach (var pending in batch)
        {
            pending.Outcome.TrySetException(new ServiceStoppingException(GivenUp));
        }
    }

    private async Task AnswerAsync(IntakeBatchOutcome outcome, CancellationToken abandon)
    {
        foreach (var (pending, created, replayed) in outcome.Answered)
        {
            if (!replayed)
            {
                metrics.SubmissionTaken();
            }

            pending.Outcome.TrySetResult((created, replayed));
        }

        foreach (var (pending, refusal) in outcome.Refused)
        {
            await FailAsync(pending, refusal, abandon);
        }
    }

    /// <summary>
    /// Fails the request, unless it is a retry whose first request committed meanwhile (it failed
    /// on what that one changed: the instrument now at the laboratory, the key): then it gets that answer.
    /// </summary>
    private async Task FailAsync(PendingIntake pending, Exception failure, CancellationToken abandon)
    {
        if (pending.Claim is { } claim && failure is not ObjectDisposedException)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var idempotent = scope.ServiceProvider.GetRequiredService<IdempotentRequests>();
                if (await idempotent.ReplayAsync<SubmissionCreated>(claim, abandon) is { } first)
                {
                    pending.Outcome.TrySetResult((first, true));
                    return;
                }
            }
            catch (DomainRuleException reused)
            {
                failure = reused;
            }
            catch (Exception)
            {
                // The first failure is the one to report.
            }
        }

        pending.Outcome.TrySetException(failure);
    }
}
