using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.InstrumentTypes;
using Lims.Domain.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lims.Application.Features.Recall;

/// <summary>
/// The recall list the reception desk works from: what is due, and whom to call. The instruments the
/// scan reminds (rule 16): under periodic compulsory verification, or not compulsory and of a customer
/// who asked for reminders.
/// </summary>
public sealed class RecallQueries(ILimsDb db, TimeProvider clock, IOptions<RecallOptions> options)
{
    public async Task<PagedList<RecallDueItem>> DueAsync(RecallDueQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(query.Within ?? options.Value.ReminderDays);
        var compulsory = await CompulsoryPairs.LoadAsync(db, ct);
        var reminded = db.Instruments.AsNoTracking().Where(compulsory.Reminded(i => db.Customers.Any(c => c.Id == i.CustomerId && c.RemindersRequested)));
        var rows = from i in reminded
                   where i.Status != InstrumentStatus.Retired && i.NextDueOn != null && i.NextDueOn <= horizon
                   where query.CustomerId == null || i.CustomerId == query.CustomerId
                   join t in db.InstrumentTypes on i.TypeCode equals t.Code
                   join c in db.Customers on i.CustomerId equals c.Id
                   orderby i.NextDueOn, i.Id
                   select new
                   {
                       i.Usage,
                       Item = new RecallDueItem(
                           i.Id, i.TypeCode, t.Name, false, i.Manufacturer, i.Model, i.SerialNumber, i.Location, i.LastVerifiedOn, i.NextDueOn!.Value, 0, false,
                           new RecallCustomer(c.Id, c.Name, c.ContactName, c.Phone, c.Email)),
                   };
        var list = await rows.ToPagedListAsync(page, ct);
        var items = list.Items.Select(row =>
        {
            var days = row.Item.NextDueOn.DayNumber - today.DayNumber;
            return row.Item with { Compulsory = compulsory.For(row.Item.TypeCode, row.Usage) is not null, DaysUntilDue = days, Overdue = days < 0 };
        }).ToList();
        return new PagedList<RecallDueItem>(items, list.Page, list.PageSize, list.Total);
    }
}
