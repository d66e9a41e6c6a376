using Lims.Domain.Instruments;

namespace Lims.Application.Features.Instruments;

public sealed record InstrumentResponse(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    string TypeCode,
    string TypeName,
    bool Compulsory,
    int IntervalMonths,
    string Manufacturer,
    string Model,
    string SerialNumber,
    string Range,
    string AccuracyClass,
    InstrumentUsage Usage,
    string Location,
    InstrumentStatus Status,
    DateOnly? LastVerifiedOn,
    DateOnly? NextDueOn,
    DateOnly? RetiredOn,
    string? RetirementReason,
    IReadOnlyList<InstrumentCertificate> Certificates,
    int Version);

/// <summary>A certificate issued for the instrument, newest first.</summary>
public sealed record InstrumentCertificate(string CertificateNo, string Kind, string Status, DateOnly IssuedOn, DateOnly? ValidUntil);
