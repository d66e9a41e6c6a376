namespace Lims.Domain.ReferenceData;

public enum LaboratoryLevel
{
    City,
    County,
}
