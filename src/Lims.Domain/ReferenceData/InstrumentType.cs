using Lims.Domain.Common;

namespace Lims.Domain.ReferenceData;

/// <summary>
/// 器具类别: a kind of measuring instrument, the procedure it is verified or calibrated by,
/// whether it is in the compulsory verification catalogue (强检目录), its verification interval
/// (检定周期) and the fee.
/// </summary>
public sealed class InstrumentType : IVersioned, IHasCode
{
    private InstrumentType()
    {
        Code = Name = ProcedureCode = string.Empty;
    }

    public InstrumentType(string code, string name, Procedure procedure, bool compulsory, int intervalMonths, decimal fee)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        ProcedureCode = procedure.Code;
        Set(name, procedure, compulsory, intervalMonths, fee);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string ProcedureCode { get; private set; }

    public bool Compulsory { get; private set; }

    public int IntervalMonths { get; private set; }

    /// <summary>The fee in CNY. For compulsory verification it is waived but still recorded.</summary>
    public decimal Fee { get; private set; }

    public int Version { get; private set; }

    public void Update(string name, Procedure procedure, bool compulsory, int intervalMonths, decimal fee) =>
        Set(name, procedure, compulsory, intervalMonths, fee);

    private void Set(string name, Procedure procedure, bool compulsory, int intervalMonths, decimal fee)
    {
        // Compulsory verification is a legal act: it can only be done under a verification regulation.
        if (compulsory && procedure.Kind != ProcedureKind.VerificationRegulation)
        {
            throw new DomainRuleException(
                "compulsory-needs-verification-regulation",
                $"An instrument type in the compulsory verification catalogue must be verified under a JJG verification regulation; {procedure.Code} is a calibration specification.");
        }

        Name = name;
        ProcedureCode = procedure.Code;
        Compulsory = compulsory;
        IntervalMonths = intervalMonths;
        Fee = fee;
    }
}
