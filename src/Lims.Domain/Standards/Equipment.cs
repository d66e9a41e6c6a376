using System.Globalization;
using Lims.Domain.Common;

namespace Lims.Domain.Standards;

/// <summary>
/// 标准器 / 配套设备: a physical device of a measurement standard, identified by its asset number,
/// calibrated upstream again and again (<see cref="Calibrations"/>).
/// </summary>
public sealed class Equipment : IVersioned, IHasCode, IBelongsToLaboratory
{
    private readonly List<EquipmentCalibration> _calibrations = [];

    private Equipment()
    {
        AssetNo = Name = Manufacturer = Model = SerialNumber = StandardCode = LaboratoryCode = string.Empty;
    }

    public Equipment(string assetNo, string name, string manufacturer, string model, string serialNumber, MeasurementStandard standard)
    {
        Id = Guid.CreateVersion7();
        AssetNo = Identifiers.Normalize(assetNo);
        Name = name;
        Manufacturer = manufacturer;
        Model = model;
        SerialNumber = Identifiers.Normalize(serialNumber);
        StandardCode = standard.Code;
        LaboratoryCode = standard.LaboratoryCode;
        Status = EquipmentStatus.InService;
    }

    public Guid Id { get; private set; }

    /// <summary>资产编号, unique across the institute.</summary>
    public string AssetNo { get; private set; }

    string IHasCode.Code => AssetNo;

    public string Name { get; private set; }

    public string Manufacturer { get; private set; }

    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    /// <summary>The measurement standard (计量标准) the equipment belongs to.</summary>
    public string StandardCode { get; private set; }

    /// <summary>The laboratory of its standard, whose work it serves alone (rule 12).</summary>
    public string LaboratoryCode { get; private set; }

    public EquipmentStatus Status { get; private set; }

    /// <summary>Why it is out of service or out of tolerance; null in service.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>Why it is out of service, as a code (<see cref="StatusReason"/> says it in words); null in any other status.</summary>
    public OutOfServiceCause? OutOfServiceCause { get; private set; }

    /// <summary>Since when it is out of service or out of tolerance; null in service.</summary>
    public DateOnly? StatusSince { get; private set; }

    public IReadOnlyList<EquipmentCalibration> Calibrations => _calibrations;

    public int Version { get; private set; }

    /// <summary>The due date of the next calibration: the latest calibration's valid-until.</summary>
    public DateOnly? NextDue => Latest?.ValidUntil;

    /// <summary>The calibration made last; of two made the same day, the one valid longer (as the recall scan's SQL and <c>EquipmentDueQuery</c>).</summary>
    private EquipmentCalibration? Latest => _calibrations.MaxBy(c => (c.CalibratedOn, c.ValidUntil));

    /// <summary>
    /// Records an upstream calibration certificate; one that did not fail, made on or after the day the
    /// equipment was found out of tolerance, returns it to service. Refuses a validity that does not end after the
    /// calibration date, a calibration dated after <paramref name="today"/>, and a certificate
    /// number already recorded for this equipment.
    /// </summary>
    public EquipmentCalibration AddCalibration(string certificateNo, string issuedBy, DateOnly calibratedOn, DateOnly validUntil, string expandedUncertainty, CalibrationConformity conformity, string tracesTo, DateOnly today)
    {
        if (validUntil <= calibratedOn)
        {
            throw new DomainRuleException(StandardsRuleCodes.CalibrationPeriodEmpty, $"The calibration is valid until {Format(validUntil)}, which is not after the calibration date {Format(calibratedOn)}. Check both dates on certificate {certificateNo}.");
        }

        if (calibratedOn > today)
        {
            throw new DomainRuleException(StandardsRuleCodes.CalibrationInFuture, $"Certificate {certificateNo} is dated {Format(calibratedOn)}, after today ({Format(today)}). A calibration is recorded once it has been made.");
        }

        if (_calibrations.Any(c => string.Equals(c.CertificateNo, certificateNo, StringComparison.Ordinal)))
        {
            throw new DomainRuleException(StandardsRuleCodes.DuplicateCalibrationCertificate, $"Certificate {certificateNo} is already recorded for equipment {AssetNo}.");
        }

        var calibration = new EquipmentCalibration(Id, certificateNo, issuedBy, calibratedOn, validUntil, expandedUncertainty, conformity, tracesTo);
        _calibrations.Add(calibration);

        // Repaired and recalibrated after it was found out of tolerance (ISO/IEC 17025 6.4.9): back in service.
        if (Status == EquipmentStatus.OutOfTolerance && conformity != CalibrationConformity.Fail && calibratedOn >= StatusSince)
        {
            ReturnToService();
        }

        // Taken out by the recall scan only because its calibration had expired: in date again, back in service.
        if (IsOutOfServiceForExpiredCalibration && Latest is { } latest && latest.Conformity != CalibrationConformity.Fail && latest.ValidUntil >= today)
        {
            ReturnToService();
        }

        return calibration;
    }

    /// <summary>
    /// Out of service because the recall scan found its calibration expired
    /// (<see cref="TakeOutOfServiceForExpiredCalibration"/>), and for no other reason since: a new
    /// calibration that puts it in date again returns it to service.
    /// </summary>
    public bool IsOutOfServiceForExpiredCalibration =>
        Status == EquipmentStatus.OutOfService && OutOfServiceCause == Standards.OutOfServiceCause.ExpiredCalibration;

    /// <summary>The calibration that covers <paramref name="date"/> (the most recent one when several do), or null.</summary>
    public EquipmentCalibration? CalibrationOn(DateOnly date) =>
        _calibrations.Where(c => c.Covers(date)).MaxBy(c => c.CalibratedOn);

    /// <summary>
    /// The last calibration that passed, made before <paramref name="date"/>: the start of the window
    /// of results affected when the equipment is found out of tolerance on that date.
    /// </summary>
    public EquipmentCalibration? LastPassingCalibrationBefore(DateOnly date) =>
        _calibrations.Where(c => c.Conformity == CalibrationConformity.Pass && c.CalibratedOn <= date).MaxBy(c => c.CalibratedOn);

    /// <summary>超差: the equipment was found outside its tolerance; it cannot be cited any more (rule 7).</summary>
    public void MarkOutOfTolerance(DateOnly foundOn, string reason, DateOnly today)
    {
        if (foundOn > today)
        {
            throw new DomainRuleException(StandardsRuleCodes.FoundOnInFuture, $"The equipment cannot be found out of tolerance on {Format(foundOn)}, after today ({Format(today)}).");
        }

        if (Status == EquipmentStatus.OutOfTolerance)
        {
            throw new DomainRuleException(StandardsRuleCodes.AlreadyOutOfTolerance, $"Equipment {AssetNo} is already out of tolerance since {Format(StatusSince!.Value)}: {StatusReason}");
        }

        Status = EquipmentStatus.OutOfTolerance;
        StatusReason = reason;
        StatusSince = foundOn;
        OutOfServiceCause = null;
    }

    /// <summary>停用: withdrawn from use (repair, damage, retirement); it stays out until someone returns it.</summary>
    public void TakeOutOfService(DateOnly since, string reason) =>
        TakeOutOfService(since, reason, Standards.OutOfServiceCause.Other);

    /// <summary>
    /// 停用 by the recall scan on <paramref name="today"/>: the latest calibration was valid until
    /// <paramref name="validUntil"/>. Recording a calibration that puts it in date again returns it to service.
    /// </summary>
    public void TakeOutOfServiceForExpiredCalibration(DateOnly today, DateOnly validUntil) =>
        TakeOutOfService(today, ExpiredCalibrationReason(validUntil), Standards.OutOfServiceCause.ExpiredCalibration);

    /// <summary>The status reason of <see cref="TakeOutOfServiceForExpiredCalibration"/>.</summary>
    public static string ExpiredCalibrationReason(DateOnly validUntil) =>
        $"calibration expired on {Format(validUntil)} (校准有效期至{validUntil.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}已过期; taken out of service by the recall scan)";

    private void TakeOutOfService(DateOnly since, string reason, OutOfServiceCause cause)
    {
        Status = EquipmentStatus.OutOfService;
        StatusReason = reason;
        StatusSince = since;
        OutOfServiceCause = cause;
    }

    private void ReturnToService()
    {
        Status = EquipmentStatus.InService;
        StatusReason = null;
        StatusSince = null;
        OutOfServiceCause = null;
    }

    /// <summary>
    /// Rule 5: the equipment may be cited in results performed on <paramref name="performedOn"/> under
    /// <paramref name="procedureCode"/> only if it is in service, a calibration covers that date and
    /// did not fail, and its <paramref name="standard"/>'s assessment is valid that day and lists the
    /// procedure. Returns the calibration to cite.
    /// </summary>
    /// <exception cref="DomainRuleException"><c>equipment-not-valid</c>, <c>standard-not-valid</c> or <c>outside-standard-scope</c>.</exception>
    public EquipmentCalibration EnsureUsableOn(DateOnly performedOn, string procedureCode, MeasurementStandard standard)
    {
        if (!string.Equals(standard.Code, StandardCode, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Equipment {AssetNo} belongs to standard {StandardCode}, not {standard.Code}.", nameof(standard));
        }

        if (Status != EquipmentStatus.InService)
        {
            var state = Status == EquipmentStatus.OutOfTolerance ? "out of tolerance" : "out of service";
            throw new DomainRuleException(StandardsRuleCodes.EquipmentNotValid, $"Equipment {AssetNo} ({Name}) is {state} since {Format(StatusSince!.Value)} ({StatusReason}) and cannot be cited in results.");
        }

        var calibration = CalibrationOn(performedOn)
            ?? throw new DomainRuleException(StandardsRuleCodes.EquipmentNotValid, $"Equipment {AssetNo} ({Name}) has no calibration covering {Format(performedOn)}{DueText()}.");
        if (calibration.Conformity == CalibrationConformity.Fail)
        {
            throw new DomainRuleException(StandardsRuleCodes.EquipmentNotValid, $"Equipment {AssetNo} ({Name}) failed its calibration (certificate {calibration.CertificateNo} of {Format(calibration.CalibratedOn)}) and cannot be cited.");
        }

        if (!standard.IsAssessmentValidOn(performedOn))
        {
            throw new DomainRuleException(StandardsRuleCodes.StandardNotValid, $"The assessment certificate {standard.AssessmentCertificateNo} of standard {standard.Code} ({standard.Name}) expired on {Format(standard.AssessmentValidUntil)}, before {Format(performedOn)}.");
        }

        if (!standard.Covers(procedureCode))
        {
            throw new DomainRuleException(StandardsRuleCodes.OutsideStandardScope, $"{procedureCode} is not in the scope of standard {standard.Code} ({standard.Name}); its scope is {string.Join(", ", standard.ProcedureCodes)}.");
        }

        return calibration;
    }

    private string DueText() => NextDue is { } due ? $"; its latest calibration was valid until {Format(due)}" : "; it has never been calibrated";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
