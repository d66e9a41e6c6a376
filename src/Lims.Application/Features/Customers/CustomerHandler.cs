using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Customers;

public sealed class CustomerHandler(ILimsDb db, CustomerRegistration registration)
{
    public async Task<CustomerResponse> CreateAsync(CustomerRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var checkedCustomer = (await registration.CheckAsync([request], null, ct))[0];
        var customer = checkedCustomer.Accepted;
        registration.Add(checkedCustomer);
        await db.SaveChangesAsync(ct);
        return CustomerResponse.From(customer);
    }

    public async Task<CustomerResponse> UpdateAsync(Guid id, CustomerUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        var customer = await FindAsync(db.Customers, id, ct);
        VersionCheck.Ensure(customer, nameof(Customer), id.ToString(), update.Version, ifMatch);
        customer.Update(update.Name!.Trim(), update.ContactName!.Trim(), update.Phone!.Trim(), update.Address!.Trim(), update.District!.Trim(), update.Category!.Value, update.Email);
        if (update.RemindersRequested is { } requested)
        {
            customer.RequestReminders(requested);
        }

        await db.SaveChangesAsync(ct);
        return CustomerResponse.From(customer);
    }

    public async Task<CustomerResponse> GetAsync(Guid id, CancellationToken ct) =>
        CustomerResponse.From(await FindAsync(db.Customers.AsNoTracking(), id, ct));

    /// <summary>By name (any part) or credit code (any part, case-insensitive as codes are upper case).</summary>
    public async Task<PagedList<CustomerResponse>> ListAsync(string? query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        var code = query?.Trim().ToUpperInvariant();
        return await db.Customers.AsNoTracking()
            .Where(c => query == null || c.Name.Contains(query.Trim()) || c.CreditCode.Contains(code!))
            .OrderBy(c => c.Name)
            .ThenBy(c => c.Id)
            .Select(c => new CustomerResponse(c.Id, c.Name, c.CreditCode, c.ContactName, c.Phone, c.Address, c.District, c.Category, c.Email, c.RemindersRequested, c.Version))
            .ToPagedListAsync(page, ct);
    }

    private static async Task<Customer> FindAsync(IQueryable<Customer> customers, Guid id, CancellationToken ct) =>
        await customers.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException(nameof(Customer), id.ToString());
}
