namespace Lims.Domain.Standards;

public enum TraceabilityLinkKind
{
    Equipment,
    MeasurementStandard,
    Calibration,
    ReferenceStandard,
}
