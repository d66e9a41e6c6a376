using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Instruments;

/// <summary>
/// <c>compulsory</c>: under compulsory verification by its type and its use (rule 16), and
/// <c>compulsoryVerification</c> how (<c>Periodic</c> or <c>InitialOnly</c>; null when not compulsory).
/// <c>nextDueOn</c> is null until its first verification, and for good when verified initially only.
/// Its history: <c>certificates</c> issued in Lims, and <c>priorVerification</c>, its last
/// verification from before Lims (rule 15) when it was registered with one.
/// </summary>
public sealed record InstrumentResponse(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    string TypeCode,
    string TypeName,
    bool Compulsory,
    CompulsoryVerification? CompulsoryVerification,
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
    int Version,
    PriorVerificationResponse? PriorVerification = null);

/// <summary>The instrument's last verification from before Lims, as registered (a record of another time, not a certificate of Lims).</summary>
public sealed record PriorVerificationResponse(string CertificateNo, string IssuedBy, DateOnly PerformedOn, PriorConclusion Conclusion);

/// <summary>A certificate issued for the instrument, newest first.</summary>
public sealed record InstrumentCertificate(string CertificateNo, string Kind, string Status, DateOnly IssuedOn, DateOnly? ValidUntil);
