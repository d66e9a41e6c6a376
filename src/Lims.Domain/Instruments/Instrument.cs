using Lims.Domain.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Domain.Instruments;

/// <summary>计量器具: a customer's measuring instrument of an instrument type.</summary>
public sealed class Instrument : IVersioned
{
    private Instrument()
    {
        TypeCode = Manufacturer = Model = SerialNumber = Range = AccuracyClass = Location = string.Empty;
    }

    public Instrument(Guid customerId, InstrumentType type, string manufacturer, string model, string serialNumber, string range, string accuracyClass, InstrumentUsage usage, string location)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        TypeCode = type.Code;
        SerialNumber = Identifiers.Normalize(serialNumber);
        Manufacturer = manufacturer;
        Model = Range = AccuracyClass = Location = string.Empty;
        Describe(model, range, accuracyClass, location);
        Usage = usage;
        Status = InstrumentStatus.InService;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string TypeCode { get; private set; }

    /// <summary>Type, manufacturer and serial number identify the instrument: they never change.</summary>
    public string Manufacturer { get; private set; }

    public string Model { get; private set; }

    public string SerialNumber { get; private set; }

    /// <summary>测量范围, e.g. "(0~15) kg".</summary>
    public string Range { get; private set; }

    /// <summary>准确度等级, e.g. "Ⅲ" or "0.5级".</summary>
    public string AccuracyClass { get; private set; }

    /// <summary>What it is used for: with its type, whether it is under compulsory verification (rule 16).</summary>
    public InstrumentUsage Usage { get; private set; }

    /// <summary>Where it is used (安装地点), e.g. a stall number in a market.</summary>
    public string Location { get; private set; }

    public InstrumentStatus Status { get; private set; }

    /// <summary>The performance date of its last verification; set when the certificate is issued.</summary>
    public DateOnly? LastVerifiedOn { get; private set; }

    /// <summary>Last verification + the interval in force then (rule 10); none for an instrument verified initially only (rule 16).</summary>
    public DateOnly? NextDueOn { get; private set; }

    /// <summary>The day it was taken out of use (报废/停用); null while active.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public string? RetirementReason { get; private set; }

    public int Version { get; private set; }

    public void Describe(string model, string range, string accuracyClass, string location)
    {
        Model = model;
        Range = range;
        AccuracyClass = accuracyClass;
        Location = location;
    }

    /// <summary>
    /// Rule 16: under compulsory verification when its type is in the catalogue for its use; null when not.
    /// </summary>
    public CompulsoryVerification? CompulsoryVerificationUnder(InstrumentType type)
    {
        EnsureOfType(type);
        return type.CompulsoryVerificationFor(Usage);
    }

    /// <summary>
    /// A new use may put the instrument under compulsory verification or take it out (a pressure gauge
    /// moved from a test bench to a boiler). When that changes the way it is verified, its due date
    /// follows: none while verified initially only, else its last verification + the interval.
    /// </summary>
    public void UseFor(InstrumentUsage usage, InstrumentType type)
    {
        var before = CompulsoryVerificationUnder(type);
        Usage = usage;
        if (LastVerifiedOn is { } last && type.CompulsoryVerificationFor(usage) != before)
        {
            NextDueOn = DueAfter(last, type);
        }
    }

    public void HandIn()
    {
        CheckCanHandIn();
        Status = InstrumentStatus.AtLaboratory;
    }

    /// <summary>Refuses a retired instrument or one already at the laboratory; changes nothing.</summary>
    public void CheckCanHandIn()
    {
        if (Status == InstrumentStatus.Retired)
        {
            throw new DomainRuleException("instrument-retired", $"Instrument {SerialNumber} is retired and cannot be handed in.");
        }

        if (Status == InstrumentStatus.AtLaboratory)
        {
            throw new DomainRuleException("instrument-already-submitted", $"Instrument {SerialNumber} is already at the laboratory under another submission.");
        }
    }

    public void HandBack() => Status = InstrumentStatus.InService;

    /// <summary>
    /// Takes the instrument out of use for good: it leaves the compulsory verification population
    /// (coverage rate, public announcement) from that day. Not while the laboratory holds it: hand
    /// it back first, so that no open work order concerns a retired instrument.
    /// </summary>
    public void Retire(string reason, DateOnly on)
    {
        if (Status == InstrumentStatus.Retired)
        {
            throw new DomainRuleException("instrument-retired", $"Instrument {SerialNumber} was retired on {RetiredOn:yyyy-MM-dd} already.");
        }

        if (Status == InstrumentStatus.AtLaboratory)
        {
            throw new DomainRuleException("instrument-at-laboratory", $"Instrument {SerialNumber} is at the laboratory; hand it back before retiring it.");
        }

        Status = InstrumentStatus.Retired;
        RetiredOn = on;
        RetirementReason = reason;
    }

    /// <summary>A verification certificate issued: the next due date follows from it (rule 10), unless verified initially only (rule 16).</summary>
    public void RecordVerification(DateOnly performedOn, InstrumentType type)
    {
        EnsureOfType(type);
        if (LastVerifiedOn is { } last && last > performedOn)
        {
            return;
        }

        LastVerifiedOn = performedOn;
        NextDueOn = DueAfter(performedOn, type);
    }

    /// <summary>
    /// Registers the instrument's last verification from before Lims (rule 15). A passing one is its
    /// last verification by rule 10 (and gives no due date when verified initially only, rule 16);
    /// a failing one (a result notice) gives none, as in Lims: the instrument must be repaired and
    /// verified again. Only before any verification in Lims, and never dated after today.
    /// </summary>
    public PriorVerification RecordPriorVerification(string certificateNo, string issuedBy, DateOnly performedOn, PriorConclusion conclusion, InstrumentType type, DateOnly today)
    {
        EnsureOfType(type);
        if (performedOn > today)
        {
            throw new DomainRuleException("prior-verification-in-future", $"The last verification of instrument {SerialNumber} is dated {performedOn:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}).");
        }

        if (LastVerifiedOn is not null)
        {
            throw new DomainRuleException("already-verified", $"Instrument {SerialNumber} was verified on {LastVerifiedOn:yyyy-MM-dd} already; a verification from before Lims is recorded only at registration.");
        }

        if (conclusion == PriorConclusion.Pass)
        {
            RecordVerification(performedOn, type);
        }

        return new PriorVerification(Id, certificateNo, issuedBy, performedOn, conclusion);
    }

    private DateOnly? DueAfter(DateOnly verifiedOn, InstrumentType type) =>
        type.CompulsoryVerificationFor(Usage) == CompulsoryVerification.InitialOnly ? null : verifiedOn.AddMonths(type.IntervalMonths);

    private void EnsureOfType(InstrumentType type)
    {
        if (type.Code != TypeCode)
        {
            throw new ArgumentException($"Instrument {SerialNumber} is of type {TypeCode}, not {type.Code}.", nameof(type));
        }
    }
}
