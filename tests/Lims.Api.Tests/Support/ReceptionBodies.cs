namespace Lims.Api.Tests.Support;

// The request bodies of the reception desk, as ReceptionDesk builds them.
public sealed record CustomerBody(string Name, string CreditCode, string ContactName, string Phone, string Address, string District, string Category, string? Email = null);

public sealed record InstrumentBody(Guid CustomerId, string TypeCode, string Manufacturer, string Model, string SerialNumber, string Range, string AccuracyClass, string Usage, string Location);

public sealed record SubmissionBody(Guid CustomerId, string LaboratoryCode, SubmissionItem[] Items);

public sealed record SubmissionItem(Guid InstrumentId, string Service, string ConditionOnReceipt, string? Accessories);
