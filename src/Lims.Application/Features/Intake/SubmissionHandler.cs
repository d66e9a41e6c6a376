using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Receipts;
using Lims.Application.Common;
using Lims.Domain.Intake;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Intake;

/// <summary>Submissions as the caller's laboratory sees them (rule 12): another laboratory's are not found and not listed.</summary>
public sealed class SubmissionHandler(ILimsDb db, IReceiptRenderer receipts, ICurrentUser user, TimeProvider clock)
{
    public async Task<SubmissionResponse> GetAsync(Guid id, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().VisibleTo(user).Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == id, ct)
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

    public async Task<PagedList<SubmissionSummary>> ListAsync(Guid? customerId, SubmissionStatus? status, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        var submissions = from s in db.Submissions.AsNoTracking().VisibleTo(user)
                          where customerId == null || s.CustomerId == customerId
                          where status == null || s.Status == status
                          join c in db.Customers on s.CustomerId equals c.Id
                          orderby s.ReceivedAt descending, s.ReceiptNo descending
                          select new SubmissionSummary(s.Id, s.ReceiptNo, s.CustomerId, c.Name, s.LaboratoryCode, s.ReceivedAt, s.Status, s.Items.Count);
        return await submissions.ToPagedListAsync(page, ct);
    }

    /// <summary>Hands the instruments back once every work order is approved or cancelled (else 422).</summary>
    public async Task<SubmissionResponse> ReturnAsync(Guid id, ReturnRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(nameof(Submission), id.ToString());
        user.EnsureMayChange(submission, nameof(Submission), id.ToString());
        VersionCheck.EnsureIfSent(submission, nameof(Submission), submission.ReceiptNo, request.Version);

        var workOrders = await db.WorkOrders.Where(w => w.SubmissionId == id).ToListAsync(ct);
        var instrumentIds = workOrders.Select(w => w.InstrumentId).ToList();
        var instruments = await db.Instruments.Where(i => instrumentIds.Contains(i.Id)).ToListAsync(ct);
        submission.Return(workOrders, instruments, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }
}

public sealed record SubmissionSummary(Guid Id, string ReceiptNo, Guid CustomerId, string CustomerName, string LaboratoryCode, DateTimeOffset ReceivedAt, SubmissionStatus Status, int ItemCount);
