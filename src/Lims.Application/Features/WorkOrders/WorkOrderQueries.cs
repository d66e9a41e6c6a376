using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.WorkOrders;

/// <summary>Work orders as the caller's laboratory sees them (rule 12): another laboratory's are not found and not listed.</summary>
public sealed class WorkOrderQueries(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<WorkOrderSummary> GetAsync(Guid id, CancellationToken ct) =>
        await Project(db.WorkOrders.AsNoTracking().VisibleTo(user).Where(w => w.Id == id)).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(nameof(WorkOrder), id.ToString());

    public async Task<WorkOrderDetail> GetDetailAsync(Guid id, CancellationToken ct) =>
        await GetDetailAsync(await db.WorkOrders.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException(nameof(WorkOrder), id.ToString()), ct);

    /// <summary>By its number, e.g. <c>JM-SJ-2026-000021-01</c>, as printed on the instrument's QR label.</summary>
    public async Task<WorkOrderDetail> GetDetailByNumberAsync(string number, CancellationToken ct)
    {
        var key = number.Trim().ToUpperInvariant();
        return await GetDetailAsync(await db.WorkOrders.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(w => w.Number == key, ct) ?? throw new NotFoundException(nameof(WorkOrder), number), ct);
    }

    /// <summary>The detail of a work order the caller has just saved (not read again).</summary>
    public async Task<WorkOrderDetail> GetDetailAsync(WorkOrder workOrder, CancellationToken ct)
    {
        var id = workOrder.Id;
        var summary = await GetAsync(id, ct);
        var history = (await db.ResultRecords.AsNoTracking().Where(r => r.WorkOrderId == id).OrderByDescending(r => r.Number).ToListAsync(ct))
            .Select(r => new ResultsResponse(r.Number, r.RecordedAt, r.RecordedBy, r.PerformedOn, r.TemperatureC, r.HumidityPct, r.Location, r.EquipmentList,
                r.DecisionRule, r.Conclusion, Certificates.CertificateIssuer.Points(r), r.Remarks))
            .ToList();
        var certificate = workOrder.CertificateNo is { } no ? await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.CertificateNo == no, ct) : null;
        return new WorkOrderDetail(summary.Id, summary.Number, summary.Status, summary.Service, summary.ProcedureCode, summary.LaboratoryCode, summary.Assignee,
            summary.InstrumentId, summary.InstrumentType, summary.SerialNumber, summary.CustomerId, summary.CustomerName, summary.RegisteredAt,
            workOrder.PerformedBy, workOrder.ReviewedBy, workOrder.ReviewComment, workOrder.ApprovedBy,
            history.FirstOrDefault(r => r.Number == workOrder.ResultCount), history, certificate is null ? null : Certificates.CertificateResponse.From(certificate, ChinaTime.Today(clock)), summary.Version);
    }

    /// <summary>Oldest first: the bench works through them in the order they came in.</summary>
    public async Task<PagedList<WorkOrderSummary>> ListAsync(WorkOrderQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var number = query.Number?.Trim().ToUpperInvariant();
        return await Project(db.WorkOrders.AsNoTracking().VisibleTo(user)
                .Where(w => query.Status == null || w.Status == query.Status)
                .Where(w => query.Assignee == null || w.Assignee == query.Assignee)
                .Where(w => query.LaboratoryCode == null || w.LaboratoryCode == query.LaboratoryCode)
                .Where(w => number == null || w.Number == number)
                .OrderBy(w => w.RegisteredAt).ThenBy(w => w.Number))
            .ToPagedListAsync(page, ct);
    }

    private IQueryable<WorkOrderSummary> Project(IQueryable<WorkOrder> workOrders) =>
        from w in workOrders
        join i in db.Instruments on w.InstrumentId equals i.Id
        join t in db.InstrumentTypes on i.TypeCode equals t.Code
        join c in db.Customers on w.CustomerId equals c.Id
        select new WorkOrderSummary(w.Id, w.Number, w.Status, w.Service, w.ProcedureCode, w.LaboratoryCode, w.Assignee, w.InstrumentId, t.Name, i.SerialNumber,
            w.CustomerId, c.Name, w.RegisteredAt, w.Version);
}
