using Lims.Domain.Standards;

namespace Lims.Application.Features.Standards;

public sealed record EquipmentRequest(string? AssetNo, string? Name, string? Manufacturer, string? Model, string? SerialNumber, string? StandardCode);

/// <summary>
/// An upstream calibration certificate. <c>expandedUncertainty</c> is free text as printed, value
/// with unit and coverage factor, e.g. <c>0.05 mg (k=2)</c>.
/// </summary>
public sealed record CalibrationRequest(string? CertificateNo, string? IssuedBy, DateOnly? CalibratedOn, DateOnly? ValidUntil, string? ExpandedUncertainty, CalibrationConformity? Conformity, string? TracesTo);

public sealed record OutOfToleranceRequest(DateOnly? FoundOn, string? Reason);
