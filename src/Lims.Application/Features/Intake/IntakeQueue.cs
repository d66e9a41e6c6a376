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
/// </summary>
public sealed class IntakeQueue(IServiceScopeFactory scopes) : IAsyncDisposable, IDisposable
{
    /// <summary>Instruments per batch: a submission that would pass it waits for the next batch (a batch takes at least one).</summary>
    public const int MaxItemsPerBatch = 400;

    /// <summary>Tries of a request written alone that lose a record to another process meanwhile (409 only after the last).</summary>
    private const int MaxAttemptsAlone = 3;

    private readonly Channel<PendingIntake> _waiting = Channel.CreateUnbounded<PendingIntake>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _opening = new();
    private Task? _desk;

    internal Task<(SubmissionCreated Created, bool Replayed)> HandInAsync(PendingIntake pending)
    {
        if (!_waiting.Writer.TryWrite(pending))
        {
            throw new ServiceStoppingException("This server is stopping and takes no more submissions; nothing was registered. Send it again (with the same Idempotency-Key): another server, or this one once restarted, takes it.");
        }

        lock (_opening)
        {
            if (_desk is null)
            {
                // Not in the first request's execution context: the desk outlives it and serves everyone.
                using (ExecutionContext.SuppressFlow())
                {
                    _desk = Task.Run(ServeAsync);
                }
            }
        }

        return pending.Outcome.Task;
    }

    /// <summary>Takes no more submissions and waits for those already taken to be answered.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Close() is { } desk)
        {
            await desk;
        }
    }

    public void Dispose() => Close()?.GetAwaiter().GetResult();

    private Task? Close()
    {
        _waiting.Writer.TryComplete();
        lock (_opening)
        {
            return _desk;
        }
    }

    private async Task ServeAsync()
    {
        var deferred = new List<PendingIntake>();
        while (deferred.Count > 0 || await _waiting.Reader.WaitToReadAsync())
        {
            deferred = await WriteAsync(Take(deferred));
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
    private async Task<List<PendingIntake>> WriteAsync(List<PendingIntake> batch)
    {
        try
        {
            var outcome = await WriteInScopeAsync(batch);
            await AnswerAsync(outcome);
            return outcome.Deferred;
        }
        catch (Exception)
        {
            // Each again in a batch of its own, reading afresh: a request whose instrument another
            // process took in meanwhile is then refused for that (422).
            foreach (var pending in batch)
            {
                await WriteAloneAsync(pending);
            }

            return [];
        }
    }

    private async Task WriteAloneAsync(PendingIntake pending)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Alone, nothing comes before it in its batch, so nothing is deferred.
                await AnswerAsync(await WriteInScopeAsync([pending]));
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttemptsAlone)
            {
                // Another process changed what this request read, and has committed by now (the
                // update waited for its row lock): read again, to answer on what it saved (422).
            }
            catch (Exception failure)
            {
                await FailAsync(pending, failure);
                return;
            }
        }
    }

    private async Task<IntakeBatchOutcome> WriteInScopeAsync(IReadOnlyList<PendingIntake> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeBatchWriter>().WriteAsync(batch, CancellationToken.None);
    }

    private async Task AnswerAsync(IntakeBatchOutcome outcome)
    {
        foreach (var (pending, created, replayed) in outcome.Answered)
        {
            pending.Outcome.TrySetResult((created, replayed));
        }

        foreach (var (pending, refusal) in outcome.Refused)
        {
            await FailAsync(pending, refusal);
        }
    }

    /// <summary>
    /// Fails the request, unless it is a retry whose first request committed meanwhile (it failed
    /// on what that one changed: the instrument now at the laboratory, the key): then it gets that answer.
    /// </summary>
    private async Task FailAsync(PendingIntake pending, Exception failure)
    {
        if (pending.Claim is { } claim && failure is not ObjectDisposedException)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var idempotent = scope.ServiceProvider.GetRequiredService<IdempotentRequests>();
                if (await idempotent.ReplayAsync<SubmissionCreated>(claim, CancellationToken.None) is { } first)
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
