using Lims.Domain.Common;

namespace Lims.Domain.ReferenceData;

/// <summary>计量技术机构: the city institute or one of its county branches.</summary>
public sealed class Laboratory : IVersioned, IHasCode
{
    private Laboratory()
    {
        Code = Name = AccreditationNo = Address = Telephone = Postcode = AuthorizationNo = string.Empty;
    }

    public Laboratory(string code, string name, LaboratoryLevel level, string accreditationNo, string address)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        Level = level;
        AccreditationNo = accreditationNo;
        Address = address;
        Telephone = Postcode = AuthorizationNo = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Short code that prefixes every receipt and certificate number, e.g. <c>JM</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public LaboratoryLevel Level { get; private set; }

    /// <summary>CNAS accreditation (实验室认可证书号), printed only when the laboratory has one.</summary>
    public string AccreditationNo { get; private set; }

    /// <summary>计量授权证书号 / Authorization No.: the government's authorisation to verify (the legal basis of its certificates).</summary>
    public string AuthorizationNo { get; private set; }

    public string Telephone { get; private set; }

    public string Postcode { get; private set; }

    public string Address { get; private set; }

    public int Version { get; private set; }

    /// <summary>How the certificate's cover page reaches the laboratory.</summary>
    public void SetContact(string telephone, string postcode, string authorizationNo)
    {
        Telephone = telephone;
        Postcode = postcode;
        AuthorizationNo = authorizationNo;
    }

    /// <summary>The code is part of issued numbers and never changes; everything else may.</summary>
    public void Update(string name, LaboratoryLevel level, string accreditationNo, string address)
    {
        Name = name;
        Level = level;
        AccreditationNo = accreditationNo;
        Address = address;
    }
}
