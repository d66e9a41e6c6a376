using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Recall;

/// <summary>The recall list the reception desk works from: what is due, and whom to call.</summary>
public sealed class RecallQueries(ILimsDb db, TimeProvider clock, IOptions<RecallOptions> options)
{
    public async Task<PagedList<RecallDueItem>> DueAsync(RecallDueQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(query.Within ?? options.Value.ReminderDays);
        var rows = from i in db.Instruments.AsNoTracking()
                   where i.Status != InstrumentStatus.Retired && i.NextDueOn != null && i.NextDueOn <= horizon
                   where query.CustomerId == null || i.CustomerId == query.CustomerId
                   join t in db.InstrumentTypes on i.TypeCode equals t.Code
                   join c in db.Customers on i.CustomerId equals c.Id
                   orderby i.NextDueOn, i.Id
                   select new RecallDueItem(
                       i.Id, i.TypeCode, t.Name, t.Compulsory, i.Manufacturer, i.Model, i.SerialNumber, i.Location, i.LastVerifiedOn, i.NextDueOn!.Value, 0, false,
                       new RecallCustomer(c.Id, c.Name, c.ContactName, c.Phone, c.Email));
        var list = await rows.ToPagedListAsync(page, ct);
        var items = list.Items.Select(item =>
        {
            var days = item.NextDueOn.DayNumber - today.DayNumber;
            return item with { DaysUntilDue = days, Overdue = days < 0 };
        }).ToList();
        return list with { Items = items };
    }
}
