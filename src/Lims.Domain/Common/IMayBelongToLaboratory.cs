namespace Lims.Domain.Common;

/// <summary>A record of one laboratory's work (rule 12), or of none: the city's shared records (a customer's reminder, reference data's audit line).</summary>
public interface IMayBelongToLaboratory
{
    string? LaboratoryCode { get; }
}
