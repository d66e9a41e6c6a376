namespace Lims.Domain.Instruments;

public enum InstrumentStatus
{
    /// <summary>At the customer's site, in use.</summary>
    InService,

    /// <summary>Handed in and not yet handed back.</summary>
    AtLaboratory,

    /// <summary>No longer in use; not counted in coverage.</summary>
    Retired,
}
