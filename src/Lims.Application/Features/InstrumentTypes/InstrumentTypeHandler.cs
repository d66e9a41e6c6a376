using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.InstrumentTypes;

public sealed class InstrumentTypeHandler(ILimsDb db)
{
    public async Task<InstrumentTypeResponse> CreateAsync(InstrumentTypeRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        await db.InstrumentTypes.EnsureCodeIsFreeAsync(request.Code!, ct);
        var procedure = await FindProcedureAsync(request.ProcedureCode!, ct);
        var type = new InstrumentType(request.Code!, request.Name!.Trim(), procedure, ScopeOf(request, null), request.IntervalMonths!.Value, request.Fee!.Value);
        db.InstrumentTypes.Add(type);
        await db.SaveChangesAsync(ct);
        return InstrumentTypeResponse.From(type);
    }

    public async Task<InstrumentTypeResponse> UpdateAsync(string code, InstrumentTypeUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        var type = await db.InstrumentTypes.GetByCodeAsync(code, ct);
        VersionCheck.Ensure(type, nameof(InstrumentType), code, update.Version, ifMatch);
        var procedure = await FindProcedureAsync(update.ProcedureCode!, ct);
        type.Update(update.Name!.Trim(), procedure, ScopeOf(update, type), update.IntervalMonths!.Value, update.Fee!.Value);
        await db.SaveChangesAsync(ct);
        return InstrumentTypeResponse.From(type);
    }

    public async Task<InstrumentTypeResponse> GetAsync(string code, CancellationToken ct) =>
        InstrumentTypeResponse.From(await db.InstrumentTypes.AsNoTracking().GetByCodeAsync(code, ct));

    public async Task<PagedList<InstrumentTypeResponse>> ListAsync(string? query, bool? compulsory, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        return await db.InstrumentTypes.AsNoTracking()
            .Where(x => query == null || x.Code.Contains(query) || x.Name.Contains(query))
            .Where(x => compulsory == null || x.Compulsory == compulsory)
            .OrderBy(x => x.Code)
            .Select(x => new InstrumentTypeResponse(x.Id, x.Code, x.Name, x.ProcedureCode, x.Compulsory, x.CompulsoryUses, x.Compulsory ? x.CompulsoryVerification : null, x.IntervalMonths, x.Fee, x.Version))
            .ToPagedListAsync(page, ct);
    }

    /// <summary>
    /// The catalogue's word on the type; uses and way left out are all four uses and periodic for a
    /// type entering the catalogue, and unchanged for one already in it.
    /// </summary>
    private static CompulsoryScope? ScopeOf(ICompulsoryScopeRequest request, InstrumentType? current)
    {
        if (request.Compulsory != true)
        {
            return null;
        }

        var known = current is { Compulsory: true };
        return new CompulsoryScope(
            request.CompulsoryUses ?? (known ? current!.CompulsoryUses : InstrumentType.LegalUses),
            request.CompulsoryVerification ?? (known ? current!.CompulsoryVerification : CompulsoryVerification.Periodic));
    }

    private async Task<Procedure> FindProcedureAsync(string code, CancellationToken ct) =>
        await db.Procedures.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct)
        ?? throw new DomainRuleException("unknown-procedure", $"There is no procedure '{code}'. Register the verification regulation or calibration specification first.");
}
