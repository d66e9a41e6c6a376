using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Laboratories;

/// <summary>
/// The city's laboratories. A laboratory's level decides who reads what (rule 12: the City
/// laboratory's quality managers read every laboratory's records), so only the City laboratory's
/// administrators (and the first administrator, of no laboratory) register and change laboratories.
/// </summary>
public sealed class LaboratoryHandler(ILimsDb db, ICurrentUser user)
{
    public const string ManagedByCityAdministrators = "laboratories-managed-by-city-administrators";

    public async Task<LaboratoryResponse> CreateAsync(LaboratoryRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        EnsureManagesLaboratories();
        await db.Laboratories.EnsureCodeIsFreeAsync(request.Code!, ct);
        var lab = new Laboratory(request.Code!, request.Name!.Trim(), request.Level!.Value, request.AccreditationNo?.Trim() ?? "", request.Address!.Trim());
        lab.SetContact(request.Telephone?.Trim() ?? "", request.Postcode?.Trim() ?? "", request.AuthorizationNo?.Trim() ?? "");
        db.Laboratories.Add(lab);
        await db.SaveChangesAsync(ct);
        return LaboratoryResponse.From(lab);
    }

    public async Task<LaboratoryResponse> UpdateAsync(string code, LaboratoryUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        EnsureManagesLaboratories();
        var lab = await db.Laboratories.GetByCodeAsync(code, ct);
        VersionCheck.Ensure(lab, nameof(Laboratory), code, update.Version, ifMatch);
        lab.Update(update.Name!.Trim(), update.Level!.Value, update.AccreditationNo?.Trim() ?? "", update.Address!.Trim());
        lab.SetContact(update.Telephone?.Trim() ?? lab.Telephone, update.Postcode?.Trim() ?? lab.Postcode, update.AuthorizationNo?.Trim() ?? lab.AuthorizationNo);
        await db.SaveChangesAsync(ct);
        return LaboratoryResponse.From(lab, await HasSealAsync(code, ct));
    }

    public async Task<LaboratoryResponse> GetAsync(string code, CancellationToken ct) =>
        LaboratoryResponse.From(await db.Laboratories.AsNoTracking().GetByCodeAsync(code, ct), await HasSealAsync(code, ct));

    private Task<bool> HasSealAsync(string code, CancellationToken ct) => db.LaboratorySeals.AnyAsync(s => s.LaboratoryCode == code, ct);

    public async Task<PagedList<LaboratoryResponse>> ListAsync(string? query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        return await db.Laboratories.AsNoTracking()
            .Where(x => query == null || x.Code.Contains(query) || x.Name.Contains(query))
            .OrderBy(x => x.Code)
            .Select(x => new LaboratoryResponse(x.Id, x.Code, x.Name, x.Level, x.AccreditationNo, x.Address, x.Version)
            {
                Telephone = x.Telephone,
                Postcode = x.Postcode,
                AuthorizationNo = x.AuthorizationNo,
                HasSeal = db.LaboratorySeals.Any(s => s.LaboratoryCode == x.Code),
            })
            .ToPagedListAsync(page, ct);
    }

    private void EnsureManagesLaboratories()
    {
        if (!user.AdministersEveryLaboratory())
        {
            throw new ForbiddenException(ManagedByCityAdministrators, "Laboratories are registered and changed by the City laboratory's administrators.");
        }
    }
}
