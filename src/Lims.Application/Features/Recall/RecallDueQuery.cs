namespace Lims.Application.Features.Recall;

/// <summary><c>?within=30&amp;customerId=</c>: instruments due within that many days (default: the reminder window) or overdue.</summary>
public sealed record RecallDueQuery(int? Within, Guid? CustomerId);

/// <summary>An instrument due for verification, with the customer to remind; <c>compulsory</c> by its type and use (rule 16).</summary>
public sealed record RecallDueItem(
    Guid InstrumentId,
    string TypeCode,
    string TypeName,
    bool Compulsory,
    string Manufacturer,
    string Model,
    string SerialNumber,
    string Location,
    DateOnly? LastVerifiedOn,
    DateOnly NextDueOn,
    int DaysUntilDue,
    bool Overdue,
    RecallCustomer Customer);

public sealed record RecallCustomer(Guid Id, string Name, string ContactName, string Phone, string? Email);
