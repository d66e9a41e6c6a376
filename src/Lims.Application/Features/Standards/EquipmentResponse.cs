using Lims.Domain.Standards;

namespace Lims.Application.Features.Standards;

public sealed record CalibrationResponse(Guid Id, string CertificateNo, string IssuedBy, DateOnly CalibratedOn, DateOnly ValidUntil, string ExpandedUncertainty, CalibrationConformity Conformity, string TracesTo)
{
    public static CalibrationResponse From(EquipmentCalibration c) =>
        new(c.Id, c.CertificateNo, c.IssuedBy, c.CalibratedOn, c.ValidUntil, c.ExpandedUncertainty, c.Conformity, c.TracesTo);
}

/// <summary>
/// One piece of equipment; <c>nextDue</c> is the latest calibration's valid-until; <c>outOfServiceCause</c>
/// is set only while it is out of service (<c>ExpiredCalibration</c>: a calibration in date returns it).
/// </summary>
public sealed record EquipmentResponse(
    Guid Id, string AssetNo, string Name, string Manufacturer, string Model, string SerialNumber, string StandardCode,
    EquipmentStatus Status, string? StatusReason, OutOfServiceCause? OutOfServiceCause, DateOnly? StatusSince, DateOnly? NextDue, IReadOnlyList<CalibrationResponse> Calibrations, int Version)
{
    public static EquipmentResponse From(Equipment e) =>
        new(e.Id, e.AssetNo, e.Name, e.Manufacturer, e.Model, e.SerialNumber, e.StandardCode, e.Status, e.StatusReason, e.OutOfServiceCause, e.StatusSince, e.NextDue,
            [.. e.Calibrations.OrderByDescending(c => c.CalibratedOn).Select(CalibrationResponse.From)], e.Version);
}

public sealed record EquipmentSummary(Guid Id, string AssetNo, string Name, string Model, string SerialNumber, string StandardCode, EquipmentStatus Status, OutOfServiceCause? OutOfServiceCause, DateOnly? NextDue, int Version);
