namespace Lims.Domain.Common;

/// <summary>A record of one laboratory's work (rule 12): seen and changed only by that laboratory's users.</summary>
public interface IBelongsToLaboratory
{
    string LaboratoryCode { get; }
}
