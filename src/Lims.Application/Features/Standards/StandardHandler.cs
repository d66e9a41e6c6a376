using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Standards;

/// <summary>A laboratory's measurement standards (rule 12): registered in the maker's laboratory, seen by its users and the City quality managers.</summary>
public sealed class StandardHandler(ILimsDb db, ICurrentUser user)
{
    public async Task<StandardResponse> CreateAsync(StandardRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var laboratory = user.OwnLaboratoryFor(request.LaboratoryCode, "standard-for-another-laboratory", "measurement standard");
        await db.MeasurementStandards.EnsureCodeIsFreeAsync(request.Code!, ct);
        if (!await db.Laboratories.AnyAsync(x => x.Code == laboratory, ct))
        {
            throw new DomainRuleException("unknown-laboratory", $"There is no laboratory '{laboratory}'.");
        }

        var codes = request.ProcedureCodes!.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Procedures.Where(p => codes.Contains(p.Code)).Select(p => p.Code).ToListAsync(ct);
        var unknown = codes.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException("unknown-procedure", $"There is no procedure {string.Join(", ", unknown)}. Register the verification regulation or calibration specification first.");
        }

        var standard = new MeasurementStandard(request.Code!, request.Name!.Trim(), laboratory, Identifiers.Normalize(request.AssessmentCertificateNo!), request.AssessmentValidUntil!.Value, request.IsPublicStandard!.Value, codes);
        db.MeasurementStandards.Add(standard);
        await db.SaveChangesAsync(ct);
        return StandardResponse.From(standard);
    }

    public async Task<StandardResponse> GetAsync(string code, CancellationToken ct) =>
        StandardResponse.From(await db.MeasurementStandards.AsNoTracking().VisibleTo(user).GetByCodeAsync(code, ct));

    public async Task<PagedList<StandardResponse>> ListAsync(string? laboratoryCode, string? query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(page, ct);
        var list = await db.MeasurementStandards.AsNoTracking().VisibleTo(user)
            .Where(x => laboratoryCode == null || x.LaboratoryCode == laboratoryCode)
            .Where(x => query == null || x.Code.Contains(query) || x.Name.Contains(query))
            .OrderBy(x => x.Code)
            .ToPagedListAsync(page, ct);
        return new PagedList<StandardResponse>([.. list.Items.Select(StandardResponse.From)], list.Page, list.PageSize, list.Total);
    }
}
