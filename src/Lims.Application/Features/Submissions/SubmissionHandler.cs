using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Receipts;
using Lims.Application.Common;
using Lims.Application.Common.Idempotency;
using Lims.Application.Common.Numbering;
using Lims.Domain.Common;
using Lims.Domain.Instruments;
using Lims.Domain.Intake;
using Lims.Domain.Numbering;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Submissions;

public sealed class SubmissionHandler(ILimsDb db, DocumentNumbers numbers, IdempotentRequests idempotent, IReceiptRenderer receipts, ICurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// Registers every item in one transaction: the receipt number, the submission, one work
    /// order per item, the instruments marked as at the laboratory. Anything refused writes nothing.
    /// </summary>
    public Task<(SubmissionCreated Created, bool Replayed)> CreateAsync(SubmissionRequest request, string? idempotencyKey, CancellationToken ct) =>
        idempotent.RunAsync("POST /api/submissions", idempotencyKey, request, token => LoadAsync(request, token), (instruments, token) => RegisterAsync(request, instruments, token), ct);

    public async Task<SubmissionResponse> GetAsync(Guid id, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException(nameof(Submission), id.ToString());
        var customerName = await db.Customers.Where(c => c.Id == submission.CustomerId).Select(c => c.Name).SingleAsync(ct);
        var lines = await (
            from w in db.WorkOrders
            where w.SubmissionId == id
            join i in db.Instruments on w.InstrumentId equals i.Id
            join t in db.InstrumentTypes on i.TypeCode equals t.Code
            select new { w.Id, w.Number, w.Status, TypeName = t.Name, i.SerialNumber, i.Model, InstrumentStatus = i.Status }).ToListAsync(ct);
        var byWorkOrder = lines.ToDictionary(l => l.Id);
        var items = submission.Items.OrderBy(i => i.Line).Select(item =>
        {
            var line = byWorkOrder[item.WorkOrderId];
            return new SubmissionItemResponse(item.Line, item.InstrumentId, line.TypeName, line.SerialNumber, line.Model, line.InstrumentStatus, item.Service,
                item.ConditionOnReceipt, item.Accessories, item.Fee, item.FeeWaived, item.WorkOrderId, line.Number, line.Status);
        }).ToList();
        return new SubmissionResponse(submission.Id, submission.ReceiptNo, submission.CustomerId, customerName, submission.LaboratoryCode, submission.ReceivedAt,
            submission.ReceivedBy, submission.Status, submission.ReturnedAt, items.Sum(i => i.Fee), items.Sum(i => i.FeeWaived), items, submission.Version);
    }

    /// <summary>The intake receipt as PDF, rendered from the stored submission each time it is asked for.</summary>
    public async Task<(string ReceiptNo, byte[] Pdf)> ReceiptAsync(Guid id, CancellationToken ct)
    {
        var submission = await GetAsync(id, ct);
        var lab = await db.Laboratories.AsNoTracking().SingleAsync(l => l.Code == submission.LaboratoryCode, ct);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == submission.CustomerId)
            .Select(c => new { c.CreditCode, c.ContactName, c.Phone }).SingleAsync(ct);
        var lines = submission.Items.Select(i => new ReceiptLine(i.Line, i.WorkOrderNumber, i.InstrumentType, i.Model, i.SerialNumber, i.Service.ToString(),
            i.ConditionOnReceipt, i.Accessories, i.Fee, i.FeeWaived)).ToList();
        var document = new ReceiptDocument(submission.ReceiptNo, lab.Name, lab.Address, submission.CustomerName, customer.CreditCode, customer.ContactName, customer.Phone,
            submission.ReceivedAt, submission.ReceivedBy, lines);
        return (submission.ReceiptNo, receipts.Render(document));
    }

    public Task<PagedList<SubmissionSummary>> ListAsync(Guid? customerId, SubmissionStatus? status, PageRequest page, CancellationToken ct) =>
        (from s in db.Submissions.AsNoTracking()
         where customerId == null || s.CustomerId == customerId
         where status == null || s.Status == status
         join c in db.Customers on s.CustomerId equals c.Id
         orderby s.ReceivedAt descending, s.ReceiptNo descending
         select new SubmissionSummary(s.Id, s.ReceiptNo, s.CustomerId, c.Name, s.LaboratoryCode, s.ReceivedAt, s.Status, s.Items.Count))
        .ToPagedListAsync(page, ct);

    /// <summary>Hands the instruments back once every work order is approved or cancelled (else 422).</summary>
    public async Task<SubmissionResponse> ReturnAsync(Guid id, ReturnRequest request, CancellationToken ct)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(nameof(Submission), id.ToString());
        VersionCheck.EnsureIfSent(submission, nameof(Submission), submission.ReceiptNo, request.Version);

        var workOrders = await db.WorkOrders.Where(w => w.SubmissionId == id).ToListAsync(ct);
        var instrumentIds = workOrders.Select(w => w.InstrumentId).ToList();
        var instruments = await db.Instruments.Where(i => instrumentIds.Contains(i.Id)).ToListAsync(ct);
        submission.Return(workOrders, instruments, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>The reads before the transaction: the customer and laboratory exist; each instrument with its type and procedure.</summary>
    private async Task<Dictionary<Guid, InstrumentToTakeIn>> LoadAsync(SubmissionRequest request, CancellationToken ct)
    {
        var customerId = request.CustomerId!.Value;
        // Both existence checks in one round trip: a row 'C' when the customer exists, 'L' when the laboratory does.
        var found = await db.Customers.Where(c => c.Id == customerId).Select(c => "C")
            .Concat(db.Laboratories.Where(l => l.Code == request.LaboratoryCode).Select(l => "L"))
            .ToListAsync(ct);
        if (!found.Contains("C"))
        {
            throw new DomainRuleException("unknown-customer", $"There is no customer {customerId}.");
        }

        if (!found.Contains("L"))
        {
            throw new DomainRuleException("unknown-laboratory", $"There is no laboratory '{request.LaboratoryCode}'.");
        }

        // Each instrument (tracked: it is marked as at the laboratory) with its type and procedure.
        var instrumentIds = request.Items!.Select(i => i.InstrumentId!.Value).ToList();
        var instruments = await (
                from i in db.Instruments
                where instrumentIds.Contains(i.Id)
                join t in db.InstrumentTypes on i.TypeCode equals t.Code
                join p in db.Procedures on t.ProcedureCode equals p.Code
                select new InstrumentToTakeIn(i, t, p))
            .ToDictionaryAsync(x => x.Instrument.Id, ct);
        var missing = instrumentIds.Where(id => !instruments.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException("unknown-instrument", $"There is no instrument {string.Join(", ", missing)}. Register it first.");
        }

        return instruments;
    }

    private async Task<SubmissionCreated> RegisterAsync(SubmissionRequest request, Dictionary<Guid, InstrumentToTakeIn> instruments, CancellationToken ct)
    {
        var customerId = request.CustomerId!.Value;
        var receivedAt = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(receivedAt, ChinaTime.Zone).Year;
        var receiptNo = await numbers.NextAsync(request.LaboratoryCode!, NumberKind.Receipt, year, ct);
        var submission = new Submission(receiptNo, customerId, request.LaboratoryCode!, receivedAt, user.UserName);
        var created = new List<SubmissionCreatedItem>();
        foreach (var item in request.Items!)
        {
            var (instrument, type, procedure) = instruments[item.InstrumentId!.Value];
            var workOrder = submission.TakeIn(instrument, type, procedure, item.Service!.Value, item.ConditionOnReceipt!.Trim(), item.Accessories?.Trim() ?? "");
            db.WorkOrders.Add(workOrder);
            created.Add(new SubmissionCreatedItem(instrument.Id, workOrder.Id, workOrder.Number));
        }

        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return new SubmissionCreated(submission.Id, receiptNo, receivedAt, created);
    }
}

internal sealed record InstrumentToTakeIn(Instrument Instrument, InstrumentType Type, Procedure Procedure);

public sealed record SubmissionSummary(Guid Id, string ReceiptNo, Guid CustomerId, string CustomerName, string LaboratoryCode, DateTimeOffset ReceivedAt, SubmissionStatus Status, int ItemCount);
