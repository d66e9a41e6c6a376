using Lims.Domain.Common;
using Lims.Domain.Instruments;

namespace Lims.Domain.ReferenceData;

/// <summary>
/// 器具类别: a kind of measuring instrument, the procedure it is verified or calibrated by, whether
/// it is in the catalogue of instruments under compulsory management (实施强制管理的计量器具目录) and,
/// if so, for which uses it is under compulsory verification and how (periodic or initial only);
/// its verification interval (检定周期) and the fee.
/// </summary>
public sealed class InstrumentType : IVersioned, IHasCode
{
    /// <summary>The four uses the Metrology Law (第九条) puts under compulsory verification.</summary>
    public static readonly IReadOnlyList<InstrumentUsage> LegalUses =
        [InstrumentUsage.TradeSettlement, InstrumentUsage.HealthCare, InstrumentUsage.SafetyProtection, InstrumentUsage.EnvironmentalMonitoring];

    private InstrumentType()
    {
        Code = Name = ProcedureCode = string.Empty;
        CompulsoryUses = [];
    }

    public InstrumentType(string code, string name, Procedure procedure, bool compulsory, int intervalMonths, decimal fee)
        : this(code, name, procedure, compulsory ? CompulsoryScope.ForAllLegalUses(CompulsoryVerification.Periodic) : null, intervalMonths, fee)
    {
    }

    public InstrumentType(string code, string name, Procedure procedure, CompulsoryScope? compulsory, int intervalMonths, decimal fee)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        ProcedureCode = procedure.Code;
        CompulsoryUses = [];
        Set(name, procedure, compulsory, intervalMonths, fee);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string ProcedureCode { get; private set; }

    /// <summary>In the catalogue, under compulsory verification (监管方式 “强制检定” or “型式批准、强制检定”) for <see cref="CompulsoryUses"/>.</summary>
    public bool Compulsory { get; private set; }

    /// <summary>The uses for which the catalogue puts the type under compulsory verification (强制检定范围); empty when not in it.</summary>
    public List<InstrumentUsage> CompulsoryUses { get; private set; }

    /// <summary>Periodic or initial only; <see cref="CompulsoryVerification.Periodic"/> for a type not in the catalogue.</summary>
    public CompulsoryVerification CompulsoryVerification { get; private set; }

    /// <summary>
    /// Months from a verification to the next (检定周期), and the validity of a verification certificate.
    /// For a type verified initially only, the period of use the certificate states (限期使用).
    /// </summary>
    public int IntervalMonths { get; private set; }

    /// <summary>The fee in CNY. For compulsory verification it is waived but still recorded.</summary>
    public decimal Fee { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// Rule 16: an instrument of this type used for <paramref name="usage"/> is under compulsory
    /// verification when the type is in the catalogue and the catalogue names that use; null when not.
    /// </summary>
    public CompulsoryVerification? CompulsoryVerificationFor(InstrumentUsage usage) =>
        Compulsory && CompulsoryUses.Contains(usage) ? CompulsoryVerification : null;

    public void Update(string name, Procedure procedure, CompulsoryScope? compulsory, int intervalMonths, decimal fee) =>
        Set(name, procedure, compulsory, intervalMonths, fee);

    private void Set(string name, Procedure procedure, CompulsoryScope? compulsory, int intervalMonths, decimal fee)
    {
        // Compulsory verification is a legal act: it can only be done under a verification regulation.
        if (compulsory is not null && procedure.Kind != ProcedureKind.VerificationRegulation)
        {
            throw new DomainRuleException(
                "compulsory-needs-verification-regulation",
                $"An instrument type in the compulsory verification catalogue must be verified under a JJG verification regulation; {procedure.Code} is a calibration specification.");
        }

        Name = name;
        ProcedureCode = procedure.Code;
        Compulsory = compulsory is not null;
        CompulsoryUses = compulsory is null ? [] : [.. compulsory.Uses];
        CompulsoryVerification = compulsory?.Verification ?? CompulsoryVerification.Periodic;
        IntervalMonths = intervalMonths;
        Fee = fee;
    }
}
