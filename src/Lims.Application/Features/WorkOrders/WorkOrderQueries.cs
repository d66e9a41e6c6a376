using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.WorkOrders;

public sealed class WorkOrderQueries(ILimsDb db)
{
    public async Task<WorkOrderSummary> GetAsync(Guid id, CancellationToken ct) =>
        await Project(db.WorkOrders.AsNoTracking().Where(w => w.Id == id)).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException(nameof(WorkOrder), id.ToString());

    /// <summary>Oldest first: the bench works through them in the order they came in.</summary>
    public Task<PagedList<WorkOrderSummary>> ListAsync(WorkOrderQuery query, PageRequest page, CancellationToken ct) =>
        Project(db.WorkOrders.AsNoTracking()
                .Where(w => query.Status == null || w.Status == query.Status)
                .Where(w => query.Assignee == null || w.Assignee == query.Assignee)
                .Where(w => query.LaboratoryCode == null || w.LaboratoryCode == query.LaboratoryCode)
                .OrderBy(w => w.RegisteredAt).ThenBy(w => w.Number))
            .ToPagedListAsync(page, ct);

    private IQueryable<WorkOrderSummary> Project(IQueryable<WorkOrder> workOrders) =>
        from w in workOrders
        join i in db.Instruments on w.InstrumentId equals i.Id
        join t in db.InstrumentTypes on i.TypeCode equals t.Code
        join c in db.Customers on w.CustomerId equals c.Id
        select new WorkOrderSummary(w.Id, w.Number, w.Status, w.Service, w.ProcedureCode, w.LaboratoryCode, w.Assignee, w.InstrumentId, t.Name, i.SerialNumber,
            w.CustomerId, c.Name, w.RegisteredAt, w.Version);
}
