using Lims.Domain.Certificates;

namespace Lims.Application.Abstractions.Certificates;

/// <summary>
/// Everything a certificate prints (domain rule 9), already decided and formatted by the
/// application: the renderer adds labels and layout, never computes or rounds.
/// </summary>
/// <param name="ValidUntil">有效期至: required for a verification certificate, absent otherwise.</param>
/// <param name="RecommendedRecalibrationOn">建议复校日期: calibration certificates only, when the customer asked.</param>
/// <param name="DecisionRule">判定规则 as printed, with the comparison method; null when no conformity is stated (a calibration without MPE).</param>
/// <param name="Conclusion">结论 as printed, e.g. "合格 / Pass".</param>
/// <param name="Amendment">Set when this certificate replaces an earlier one.</param>
public sealed record CertificateDocument(
    CertificateKind Kind,
    string CertificateNumber,
    CertificateLaboratory Laboratory,
    CertificateCustomer Customer,
    CertificateProcedure Procedure,
    CertificateInstrument Instrument,
    DateOnly ReceivedOn,
    DateOnly PerformedOn,
    DateOnly IssuedOn,
    CertificateEnvironment Environment,
    IReadOnlyList<CertificateEquipment> Equipment,
    IReadOnlyList<CertificateResultPoint> Results,
    string? DecisionRule,
    string Conclusion,
    DateOnly? ValidUntil,
    DateOnly? RecommendedRecalibrationOn,
    CertificateSignatories Signatories,
    string? Remarks,
    CertificatePublicCheck PublicCheck,
    CertificateAmendment? Amendment = null)
{
    /// <summary>The procedure's test items with their verdicts (a template's checks, spreads and measured items); empty for points entered freely.</summary>
    public IReadOnlyList<CertificateTestItem> TestItems { get; init; } = [];
}
