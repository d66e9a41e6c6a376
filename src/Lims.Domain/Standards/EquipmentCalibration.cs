namespace Lims.Domain.Standards;

/// <summary>
/// One upstream calibration (or verification) of a piece of equipment, from its certificate.
/// <see cref="ExpandedUncertainty"/> is the text as the certificate prints it, value, unit and
/// coverage factor together, e.g. <c>0.05 mg (k=2)</c>: it is shown, never computed with.
/// </summary>
public sealed class EquipmentCalibration
{
    private EquipmentCalibration()
    {
        CertificateNo = IssuedBy = ExpandedUncertainty = TracesTo = string.Empty;
    }

    internal EquipmentCalibration(Guid equipmentId, string certificateNo, string issuedBy, DateOnly calibratedOn, DateOnly validUntil, string expandedUncertainty, CalibrationConformity conformity, string tracesTo)
    {
        Id = Guid.CreateVersion7();
        EquipmentId = equipmentId;
        CertificateNo = certificateNo;
        IssuedBy = issuedBy;
        CalibratedOn = calibratedOn;
        ValidUntil = validUntil;
        ExpandedUncertainty = expandedUncertainty;
        Conformity = conformity;
        TracesTo = tracesTo;
    }

    public Guid Id { get; private set; }

    public Guid EquipmentId { get; private set; }

    public string CertificateNo { get; private set; }

    /// <summary>The institute that calibrated it, e.g. 广东省计量科学研究院.</summary>
    public string IssuedBy { get; private set; }

    public DateOnly CalibratedOn { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public string ExpandedUncertainty { get; private set; }

    public CalibrationConformity Conformity { get; private set; }

    /// <summary>The code of the reference standard the calibrating institute used.</summary>
    public string TracesTo { get; private set; }

    /// <summary>calibratedOn ≤ date ≤ validUntil.</summary>
    public bool Covers(DateOnly date) => CalibratedOn <= date && date <= ValidUntil;
}
