using Lims.Domain.Customers;

namespace Lims.Application.Features.Customers;

/// <summary>What describes a customer, apart from the credit code that identifies it.</summary>
public interface ICustomerDetails
{
    string? Name { get; }

    string? ContactName { get; }

    string? Phone { get; }

    string? Address { get; }

    string? District { get; }

    CustomerCategory? Category { get; }

    /// <summary>Optional; reminders are e-mailed to it.</summary>
    string? Email { get; }
}

public sealed record CustomerRequest(string? Name, string? CreditCode, string? ContactName, string? Phone, string? Address, string? District, CustomerCategory? Category, string? Email = null) : ICustomerDetails;

/// <summary>The credit code identifies the customer and never changes; everything else may.</summary>
public sealed record CustomerUpdate(string? Name, string? ContactName, string? Phone, string? Address, string? District, CustomerCategory? Category, int? Version, string? Email = null) : ICustomerDetails;

public sealed record CustomerResponse(Guid Id, string Name, string CreditCode, string ContactName, string Phone, string Address, string District, CustomerCategory Category, string? Email, int Version)
{
    public static CustomerResponse From(Customer c) => new(c.Id, c.Name, c.CreditCode, c.ContactName, c.Phone, c.Address, c.District, c.Category, c.Email, c.Version);
}
