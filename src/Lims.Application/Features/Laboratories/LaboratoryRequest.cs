using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Laboratories;

/// <summary><see cref="AccreditationNo"/> is the CNAS accreditation, when the laboratory has one; <see cref="AuthorizationNo"/> its 计量授权证书号.</summary>
public sealed record LaboratoryRequest(string? Code, string? Name, LaboratoryLevel? Level, string? AccreditationNo, string? Address) : ILaboratoryContact
{
    public string? Telephone { get; init; }

    public string? Postcode { get; init; }

    public string? AuthorizationNo { get; init; }
}

public sealed record LaboratoryUpdate(string? Name, LaboratoryLevel? Level, string? AccreditationNo, string? Address, int? Version) : ILaboratoryContact
{
    public string? Telephone { get; init; }

    public string? Postcode { get; init; }

    public string? AuthorizationNo { get; init; }
}

/// <summary>The laboratory's telephone, postcode and 计量授权证书号, as sent.</summary>
public interface ILaboratoryContact
{
    string? Telephone { get; }

    string? Postcode { get; }

    string? AuthorizationNo { get; }
}

public sealed record LaboratoryResponse(Guid Id, string Code, string Name, LaboratoryLevel Level, string AccreditationNo, string Address, int Version)
{
    public string Telephone { get; init; } = "";

    public string Postcode { get; init; } = "";

    public string AuthorizationNo { get; init; } = "";

    /// <summary>Whether a seal image is on file (<c>GET /api/laboratories/{code}/seal</c>).</summary>
    public bool HasSeal { get; init; }

    public static LaboratoryResponse From(Laboratory lab, bool hasSeal = false) =>
        new(lab.Id, lab.Code, lab.Name, lab.Level, lab.AccreditationNo, lab.Address, lab.Version)
        {
            Telephone = lab.Telephone,
            Postcode = lab.Postcode,
            AuthorizationNo = lab.AuthorizationNo,
            HasSeal = hasSeal,
        };
}
