using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Procedures;

public sealed class ProcedureHandler(ILimsDb db)
{
    public async Task<ProcedureResponse> CreateAsync(ProcedureRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        await db.Procedures.EnsureCodeIsFreeAsync(request.Code!, ct);
        var procedure = new Procedure(request.Code!, request.Title!.Trim(), request.Kind!.Value);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(ct);
        return ProcedureResponse.From(procedure);
    }

    public async Task<ProcedureResponse> UpdateAsync(string code, ProcedureUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        var procedure = await db.Procedures.GetByCodeAsync(code, ct);
        VersionCheck.Ensure(procedure, nameof(Procedure), code, update.Version, ifMatch);
        procedure.Update(update.Title!.Trim());
        await db.SaveChangesAsync(ct);
        return ProcedureResponse.From(procedure);
    }

    public async Task<ProcedureResponse> GetAsync(string code, CancellationToken ct) =>
        ProcedureResponse.From(await db.Procedures.AsNoTracking().GetByCodeAsync(code, ct));

    public async Task<PagedList<ProcedureResponse>> ListAsync(string? query, ProcedureKind? kind, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        return await db.Procedures.AsNoTracking()
            .Where(x => query == null || x.Code.Contains(query) || x.Title.Contains(query))
            .Where(x => kind == null || x.Kind == kind)
            .OrderBy(x => x.Code)
            .Select(x => new ProcedureResponse(x.Id, x.Code, x.Title, x.Kind, x.Version))
            .ToPagedListAsync(page, ct);
    }
}
