using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Common.Idempotency;
using Lims.Application.Common.Numbering;
using Lims.Domain.Common;
using Lims.Domain.Intake;
using Lims.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Intake;

/// <summary>
/// Registers a batch of submissions in one transaction: the reads for all of them, one draw of
/// receipt numbers per laboratory, the inserts, one commit. A submission that breaks a rule is
/// refused alone, before any number is drawn for it, so the numbers stay gap-free.
/// </summary>
internal sealed class IntakeBatchWriter(ILimsDb db, DocumentNumbers numbers, IdempotentRequests idempotent, KnownLaboratories laboratories, TimeProvider clock)
{
    public async Task<IntakeBatchOutcome> WriteAsync(IReadOnlyList<PendingIntake> batch, CancellationToken ct)
    {
        var outcome = new IntakeBatchOutcome();
        await db.InTransactionAsync(async token =>
        {
            await WriteAsync(batch, outcome, token);
            return outcome;
        }, ct);
        return outcome;
    }

    private async Task WriteAsync(IReadOnlyList<PendingIntake> batch, IntakeBatchOutcome outcome, CancellationToken ct)
    {
        var earlier = await EarlierAnswersAsync(batch, ct);
        var found = await IntakeLookup.LoadAsync(db, laboratories, batch.Select(p => p.Request).ToList(), ct);
        var accepted = new List<PendingIntake>();
        var instrumentsTaken = new HashSet<Guid>();
        var keysTaken = new HashSet<(string, string)>();
        foreach (var pending in batch)
        {
            var instrumentIds = pending.Request.Items!.Select(i => i.InstrumentId!.Value).ToList();
            if (pending.Claim is { } claim && !keysTaken.Add((claim.Scope, claim.Key)))
            {
                // A retry of a request earlier in this batch: the next batch answers it with that one's response.
                outcome.Deferred.Add(pending);
                continue;
            }

            try
            {
                if (pending.Claim is { } keyed && earlier.TryGetValue((keyed.Scope, keyed.Key), out var record))
                {
                    outcome.Answered.Add((pending, IdempotentRequests.Replay<SubmissionCreated>(record, keyed)!, true));
                    continue;
                }

                if (instrumentIds.Any(instrumentsTaken.Contains))
                {
                    // An instrument an earlier request in this batch hands in: decided once that one is saved.
                    outcome.Deferred.Add(pending);
                    continue;
                }

                found.Check(pending.Request);
            }
            catch (DomainRuleException refusal)
            {
                outcome.Refused.Add((pending, refusal));
                continue;
            }

            instrumentsTaken.UnionWith(instrumentIds);
            accepted.Add(pending);
        }

        if (accepted.Count == 0)
        {
            return;
        }

        var receivedAt = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(receivedAt, ChinaTime.Zone).Year;
        // Laboratories in one order in every batch: two API processes' batches never wait for each other's number locks crosswise.
        foreach (var laboratory in accepted.GroupBy(p => p.Request.LaboratoryCode!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var receiptNos = await numbers.NextAsync(laboratory.Key, NumberKind.Receipt, year, laboratory.Count(), ct);
            foreach (var (pending, receiptNo) in laboratory.Zip(receiptNos))
            {
                outcome.Answered.Add((pending, Register(pending, receiptNo, receivedAt, found), false));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private SubmissionCreated Register(PendingIntake pending, string receiptNo, DateTimeOffset receivedAt, IntakeLookup found)
    {
        var request = pending.Request;
        var submission = new Submission(receiptNo, request.CustomerId!.Value, request.LaboratoryCode!, receivedAt, pending.UserName);
        var created = new List<SubmissionCreatedItem>();
        foreach (var item in request.Items!)
        {
            var (instrument, type, procedure) = found.Instruments[item.InstrumentId!.Value];
            var workOrder = submission.TakeIn(instrument, type, procedure, item.Service!.Value, item.ConditionOnReceipt!.Trim(), item.Accessories?.Trim() ?? "");
            db.WorkOrders.Add(workOrder);
            db.AttributeTo(workOrder, pending.UserName, request.LaboratoryCode);
            db.AttributeTo(instrument, pending.UserName, request.LaboratoryCode);
            created.Add(new SubmissionCreatedItem(instrument.Id, workOrder.Id, workOrder.Number));
        }

        db.Submissions.Add(submission);
        db.AttributeTo(submission, pending.UserName, request.LaboratoryCode);
        foreach (var line in submission.Items)
        {
            db.AttributeTo(line, pending.UserName, request.LaboratoryCode);
        }

        var answer = new SubmissionCreated(submission.Id, receiptNo, receivedAt, created);
        if (pending.Claim is { } claim)
        {
            db.IdempotencyRecords.Add(idempotent.Record(claim, answer));
        }

        return answer;
    }

    /// <summary>The stored first answers for the keys this batch was sent with.</summary>
    private async Task<Dictionary<(string Scope, string Key), IdempotencyRecord>> EarlierAnswersAsync(IReadOnlyList<PendingIntake> batch, CancellationToken ct)
    {
        var keys = batch.Where(p => p.Claim is not null).Select(p => p.Claim!.Key).Distinct().ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var scopes = batch.Where(p => p.Claim is not null).Select(p => p.Claim!.Scope).Distinct().ToList();
        var records = await db.IdempotencyRecords.AsNoTracking().Where(r => keys.Contains(r.Key) && scopes.Contains(r.Scope)).ToListAsync(ct);
        return records.ToDictionary(r => (r.Scope, r.Key));
    }
}

/// <summary>What a batch came to: answers (new or replayed), refusals, and requests left for the next batch.</summary>
internal sealed class IntakeBatchOutcome
{
    public List<(PendingIntake Pending, SubmissionCreated Created, bool Replayed)> Answered { get; } = [];

    public List<(PendingIntake Pending, DomainRuleException Refusal)> Refused { get; } = [];

    public List<PendingIntake> Deferred { get; } = [];
}
