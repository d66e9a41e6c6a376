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

/// <summary><c>remindersRequested</c>: remind the customer of its instruments not under compulsory verification too (absent: no).</summary>
public sealed record CustomerRequest(string? Name, string? CreditCode, string? ContactName, string? Phone, string? Address, string? District, CustomerCategory? Category, string? Email = null, bool? RemindersRequested = null) : ICustomerDetails;

/// <summary>The credit code identifies the customer and never changes; everything else may. <c>remindersRequested</c> absent: unchanged.</summary>
public sealed record CustomerUpdate(string? Name, string? ContactName, string? Phone, string? Address, string? District, CustomerCategory? Category, int? Version, string? Email = null, bool? RemindersRequested = null) : ICustomerDetails;

/// <summary><c>remindersRequested</c>: the customer asked to be reminded of its instruments that are not under compulsory verification.</summary>
public sealed record CustomerResponse(Guid Id, string Name, string CreditCode, string ContactName, string Phone, string Address, string District, CustomerCategory Category, string? Email, bool RemindersRequested, int Version)
{
    public static CustomerResponse From(Customer c) => new(c.Id, c.Name, c.CreditCode, c.ContactName, c.Phone, c.Address, c.District, c.Category, c.Email, c.RemindersRequested, c.Version);
}
