using Lims.Domain.Instruments;

namespace Lims.Application.Features.Instruments;

public interface IInstrumentDescription
{
    string? Model { get; }

    string? Range { get; }

    string? AccuracyClass { get; }

    InstrumentUsage? Usage { get; }

    string? Location { get; }
}

/// <summary>
/// <c>lastVerification</c>: for an instrument verified before it came to Lims (rule 15), that
/// verification as its certificate states it; it sets <c>lastVerifiedOn</c> and <c>nextDueOn</c> by rule 10.
/// </summary>
public sealed record InstrumentRequest(
    Guid? CustomerId, string? TypeCode, string? Manufacturer, string? Model, string? SerialNumber, string? Range, string? AccuracyClass, InstrumentUsage? Usage, string? Location,
    LastVerificationRequest? LastVerification = null) : IInstrumentDescription;

/// <summary>An instrument's last verification before Lims: certificate (or result notice) number, who verified it, when, and its conclusion.</summary>
public sealed record LastVerificationRequest(string? CertificateNo, string? IssuedBy, DateOnly? PerformedOn, PriorConclusion? Conclusion);

/// <summary>Type, manufacturer and serial number identify the instrument; the rest may change.</summary>
public sealed record InstrumentUpdate(string? Model, string? Range, string? AccuracyClass, InstrumentUsage? Usage, string? Location, int? Version) : IInstrumentDescription;

/// <summary>
/// Filters of the instrument list. <c>compulsory</c>: under compulsory verification by type and use.
/// <c>dueBefore</c> includes the instruments never verified. <c>serialNumber</c> is matched whole
/// (the same serial may belong to several makers' instruments).
/// </summary>
public sealed record InstrumentQuery(Guid? CustomerId, bool? Compulsory, DateOnly? DueBefore, string? SerialNumber = null);

/// <summary>Takes the instrument out of use (报废/停用); <c>version</c> optional, checked when sent.</summary>
public sealed record RetireInstrumentRequest(string? Reason, int? Version);
