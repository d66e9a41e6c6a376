using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.ReferenceStandards;

/// <summary>
/// Reference standards are few (hundreds at most): every change loads them all once into a
/// <see cref="ReferenceStandardGraph"/>, which refuses an unknown upstream and any cycle.
/// </summary>
public sealed class ReferenceStandardHandler(ILimsDb db)
{
    public async Task<ReferenceStandardResponse> CreateAsync(ReferenceStandardRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        await db.ReferenceStandards.EnsureCodeIsFreeAsync(request.Code!, ct);
        var graph = new ReferenceStandardGraph(await db.ReferenceStandards.AsNoTracking().ToListAsync(ct));
        var standard = graph.Add(request.Code!, request.Name!.Trim(), request.Holder!.Trim(), request.Kind!.Value, Blank(request.TracesTo));
        db.ReferenceStandards.Add(standard);
        await db.SaveChangesAsync(ct);
        return ReferenceStandardResponse.From(standard);
    }

    public async Task<ReferenceStandardResponse> UpdateAsync(string code, ReferenceStandardUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        var graph = new ReferenceStandardGraph(await db.ReferenceStandards.ToListAsync(ct));
        var standard = graph.Find(code) ?? throw new NotFoundException(nameof(ReferenceStandard), code);
        VersionCheck.Ensure(standard, nameof(ReferenceStandard), code, update.Version, ifMatch);
        graph.Change(standard, update.Name!.Trim(), update.Holder!.Trim(), update.Kind!.Value, Blank(update.TracesTo));
        await db.SaveChangesAsync(ct);
        return ReferenceStandardResponse.From(standard);
    }

    public async Task<ReferenceStandardResponse> GetAsync(string code, CancellationToken ct) =>
        ReferenceStandardResponse.From(await db.ReferenceStandards.AsNoTracking().GetByCodeAsync(code, ct));

    public async Task<PagedList<ReferenceStandardResponse>> ListAsync(string? query, ReferenceStandardKind? kind, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        return await db.ReferenceStandards.AsNoTracking()
            .Where(x => query == null || x.Code.Contains(query) || x.Name.Contains(query) || x.Holder.Contains(query))
            .Where(x => kind == null || x.Kind == kind)
            .OrderBy(x => x.Code)
            .Select(x => new ReferenceStandardResponse(x.Id, x.Code, x.Name, x.Holder, x.Kind, x.TracesTo, x.Version))
            .ToPagedListAsync(page, ct);
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
