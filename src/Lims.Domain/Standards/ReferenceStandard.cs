using Lims.Domain.Common;

namespace Lims.Domain.Standards;

/// <summary>
/// 上级标准 / 计量基准: a node of the traceability chain outside the laboratory, e.g. 国家千克基准
/// held by 中国计量科学研究院. Only its upstream link is known, not the dates of its own calibrations.
/// </summary>
public sealed class ReferenceStandard : IVersioned, IHasCode
{
    private ReferenceStandard()
    {
        Code = Name = Holder = string.Empty;
    }

    /// <summary>Use <see cref="ReferenceStandardGraph.Add"/>, which also refuses cycles.</summary>
    internal ReferenceStandard(string code, string name, string holder, ReferenceStandardKind kind, string? tracesTo)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = Holder = string.Empty;
        Set(name, holder, kind, tracesTo);
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The institute that keeps it, e.g. 中国计量科学研究院.</summary>
    public string Holder { get; private set; }

    public ReferenceStandardKind Kind { get; private set; }

    /// <summary>The code of the reference standard it is calibrated against; null for a national primary standard.</summary>
    public string? TracesTo { get; private set; }

    public int Version { get; private set; }

    internal void Set(string name, string holder, ReferenceStandardKind kind, string? tracesTo)
    {
        if (kind == ReferenceStandardKind.NationalPrimaryStandard && tracesTo is not null)
        {
            throw new DomainRuleException(StandardsRuleCodes.NationalStandardTracesNowhere, $"{Code} is a national primary standard (国家计量基准): it is the top of the chain and traces to nothing, not to {tracesTo}.");
        }

        Name = name;
        Holder = holder;
        Kind = kind;
        TracesTo = tracesTo;
    }
}
