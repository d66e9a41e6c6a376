using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Customers;

/// <summary>
/// The rules of registering customers, once their requests are valid, for one (the form,
/// <see cref="CustomerHandler"/>) or thousands (an import): the credit code parses and no customer
/// with it is registered or earlier in the batch. The database is read once per batch.
/// </summary>
public sealed class CustomerRegistration(ILimsDb db)
{
    /// <summary>
    /// Checks valid requests. <paramref name="earlier"/> holds the credit codes of customers taken
    /// earlier in the same work (an import's earlier rows), and the accepted ones are added to it.
    /// </summary>
    public async Task<IReadOnlyList<NewCustomer>> CheckAsync(IReadOnlyList<CustomerRequest> requests, ISet<string>? earlier, CancellationToken ct)
    {
        var codes = requests.Select(r => UnifiedSocialCreditCode.Parse(r.CreditCode!)).ToList();
        var values = codes.Select(c => c.Value).Distinct().ToList();
        var registered = await db.Customers.AsNoTracking().Where(c => values.Contains(c.CreditCode))
            .ToDictionaryAsync(c => c.CreditCode, c => c.Name, ct);
        var taken = earlier ?? new HashSet<string>(StringComparer.Ordinal);
        return [.. requests.Select((request, i) =>
        {
            var code = codes[i];
            if (registered.TryGetValue(code.Value, out var name))
            {
                return new NewCustomer(null, Duplicate(code), name);
            }

            if (!taken.Add(code.Value))
            {
                return new NewCustomer(null, Duplicate(code), null);
            }

            var customer = new Customer(request.Name!.Trim(), code, request.ContactName!.Trim(), request.Phone!.Trim(), request.Address!.Trim(), request.District!.Trim(), request.Category!.Value, request.Email);
            customer.RequestReminders(request.RemindersRequested ?? false);
            return new NewCustomer(customer, null, null);
        })];
    }

    /// <summary>Adds a checked customer to the next save.</summary>
    public void Add(NewCustomer checkedCustomer) => db.Customers.Add(checkedCustomer.Accepted);

    private static ConflictException Duplicate(UnifiedSocialCreditCode code) =>
        new("duplicate-credit-code", $"A customer with credit code {code.Value} is already registered.");
}

/// <summary>
/// A checked customer: the new customer, or why it is refused. <c>RegisteredName</c>: the name of
/// the customer already registered with the same credit code, when that is the refusal.
/// </summary>
public sealed record NewCustomer(Customer? Customer, ConflictException? Refusal, string? RegisteredName)
{
    /// <summary>The customer, or the refusal thrown as the form answers it (409).</summary>
    public Customer Accepted => Refusal is null ? Customer! : throw Refusal;
}
