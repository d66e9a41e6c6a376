using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Customers;

public sealed class CustomerHandler(ILimsDb db)
{
    public async Task<CustomerResponse> CreateAsync(CustomerRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var code = UnifiedSocialCreditCode.Parse(request.CreditCode!);
        if (await db.Customers.AnyAsync(c => c.CreditCode == code.Value, ct))
        {
            throw new ConflictException("duplicate-credit-code", $"A customer with credit code {code.Value} is already registered.");
        }

        var customer = new Customer(request.Name!.Trim(), code, request.ContactName!.Trim(), request.Phone!.Trim(), request.Address!.Trim(), request.District!.Trim(), request.Category!.Value, request.Email);
        customer.RequestReminders(request.RemindersRequested ?? false);
        db.Customers.Add(customer);
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
