using Lims.Application.Abstractions.Certificates;
using Lims.Domain.Standards;
using Lims.Domain.WorkOrders;

namespace Lims.Application.Abstractions;

/// <summary>
/// What work orders need from the register of standards and equipment (rules 5 and 6): whether
/// equipment may be cited on a date for a procedure, the link from results to the equipment they
/// used (for reverse traceability), and the traceability statement printed on the certificate.
/// </summary>
public interface IEquipmentRegister
{
    /// <summary>
    /// The uses of the equipment by the work order on the date, each with the calibration valid that
    /// day, to be recorded with <see cref="ReplaceUsesAsync"/>; throws a domain rule
    /// (<c>equipment-not-valid</c>, <c>equipment-of-another-laboratory</c>, <c>standard-not-valid</c>,
    /// <c>outside-standard-scope</c>) unless every piece is usable for the work order's procedure and laboratory.
    /// </summary>
    Task<IReadOnlyList<EquipmentUse>> CheckUsesAsync(WorkOrder workOrder, IReadOnlyList<string> assetNos, DateOnly performedOn, CancellationToken ct);

    /// <summary>
    /// Replaces the work order's recorded equipment uses with these (the current results' equipment),
    /// each removal and addition tracked, so the next save audits them.
    /// </summary>
    Task ReplaceUsesAsync(Guid workOrderId, IReadOnlyList<EquipmentUse> uses, CancellationToken ct);

    /// <summary>Each piece with the calibration valid on the date and its standard, as printed.</summary>
    Task<IReadOnlyList<CertificateEquipment>> DescribeAsync(IReadOnlyList<string> assetNos, DateOnly performedOn, CancellationToken ct);
}
