using Lims.Domain.Common;

namespace Lims.Domain.Customers;

/// <summary>送检单位: the owner of instruments, identified by its unified social credit code.</summary>
public sealed class Customer : IVersioned
{
    private Customer()
    {
        Name = CreditCode = ContactName = Phone = Address = District = string.Empty;
    }

    public Customer(string name, UnifiedSocialCreditCode creditCode, string contactName, string phone, string address, string district, CustomerCategory category, string? email = null)
    {
        Id = Guid.CreateVersion7();
        CreditCode = creditCode.Value;
        Name = ContactName = Phone = Address = District = string.Empty;
        Update(name, contactName, phone, address, district, category, email);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>统一社会信用代码, normalised (upper case, trimmed); it never changes.</summary>
    public string CreditCode { get; private set; }

    public string ContactName { get; private set; }

    public string Phone { get; private set; }

    /// <summary>Where reminders are e-mailed; optional (many market stalls have none: they are reminded by phone).</summary>
    public string? Email { get; private set; }

    public string Address { get; private set; }

    /// <summary>The district or county (区/县/市) the site is in, e.g. 蓬江区; the plan reports fees by it.</summary>
    public string District { get; private set; }

    public CustomerCategory Category { get; private set; }

    /// <summary>
    /// The customer asked to be reminded when its instruments are due (到期提醒). Instruments under
    /// periodic compulsory verification are reminded whatever this says; the others only when it is set.
    /// </summary>
    public bool RemindersRequested { get; private set; }

    public int Version { get; private set; }

    public void Update(string name, string contactName, string phone, string address, string district, CustomerCategory category, string? email = null)
    {
        Name = name;
        ContactName = contactName;
        Phone = phone;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        Address = address;
        District = district;
        Category = category;
    }

    /// <summary>Records the customer's wish to be reminded of its instruments that are not under compulsory verification, or withdraws it.</summary>
    public void RequestReminders(bool requested) => RemindersRequested = requested;
}
