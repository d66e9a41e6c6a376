namespace Lims.Domain.Standards;

public enum ReferenceStandardKind
{
    /// <summary>国家计量基准: the top of every chain; it traces to nothing.</summary>
    NationalPrimaryStandard,

    /// <summary>Another institute's standard (上级计量标准), which may trace further up.</summary>
    ExternalStandard,
}
