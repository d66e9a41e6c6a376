using Lims.Domain.Common;

namespace Lims.Domain.ReferenceData;

/// <summary>计量技术机构: the city institute or one of its county branches.</summary>
public sealed class Laboratory : IVersioned, IHasCode
{
    private Laboratory()
    {
        Code = Name = AccreditationNo = Address = string.Empty;
    }

    public Laboratory(string code, string name, LaboratoryLevel level, string accreditationNo, string address)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        Level = level;
        AccreditationNo = accreditationNo;
        Address = address;
    }

    public Guid Id { get; private set; }

    /// <summary>Short code that prefixes every receipt and certificate number, e.g. <c>JM</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public LaboratoryLevel Level { get; private set; }

    public string AccreditationNo { get; private set; }

    public string Address { get; private set; }

    public int Version { get; private set; }

    /// <summary>The code is part of issued numbers and never changes; everything else may.</summary>
    public void Update(string name, LaboratoryLevel level, string accreditationNo, string address)
    {
        Name = name;
        Level = level;
        AccreditationNo = accreditationNo;
        Address = address;
    }
}
