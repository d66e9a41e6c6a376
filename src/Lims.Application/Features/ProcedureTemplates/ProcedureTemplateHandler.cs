using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.ProcedureTemplates;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.ProcedureTemplates;

/// <summary>
/// Templates of procedures (rule 14): a laboratory makes versions of its own; the shipped ones
/// serve every laboratory that has none. A version never changes once made.
/// </summary>
public sealed class ProcedureTemplateHandler(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>A new version of the caller's laboratory's template: 1 for the first (based on the shipped one, when there is one), then the next.</summary>
    public async Task<ProcedureTemplateResponse> CreateVersionAsync(string procedureCode, ProcedureTemplateRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        await db.Procedures.AsNoTracking().GetByCodeAsync(procedureCode, ct);
        var lab = user.OwnLaboratoryFor(null, "template-for-another-laboratory", "procedure template");
        var latest = await db.ProcedureTemplates.AsNoTracking()
            .Where(t => t.ProcedureCode == procedureCode && t.LaboratoryCode == lab)
            .OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
        if (request.Version is { } read && read != (latest?.Number ?? 0))
        {
            throw new ConflictException("stale-version", $"The laboratory's template for {procedureCode} is at version {latest?.Number ?? 0}, not {read}; read it again.");
        }

        var basedOn = latest?.Id ?? await db.ProcedureTemplates.AsNoTracking()
            .Where(t => t.ProcedureCode == procedureCode && t.LaboratoryCode == null)
            .OrderByDescending(t => t.Number).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        var template = new ProcedureTemplate(procedureCode, lab, (latest?.Number ?? 0) + 1, TemplateJson.Write(request.Definition!), clock.GetUtcNow(), user.UserName, basedOn);
        db.ProcedureTemplates.Add(template);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation(e))
        {
            throw new ConflictException("stale-version", $"Another version of {procedureCode} was made at the same time; read it again.");
        }

        return ProcedureTemplateResponse.From(template);
    }

    public async Task<ProcedureTemplateResponse> GetAsync(Guid id, CancellationToken ct) =>
        ProcedureTemplateResponse.From(await Visible().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException(nameof(ProcedureTemplate), id.ToString()));

    /// <summary>Every version the caller may see of the procedure's templates, the shipped ones first, newest last.</summary>
    public async Task<IReadOnlyList<ProcedureTemplateResponse>> ListAsync(string procedureCode, CancellationToken ct)
    {
        await db.Procedures.AsNoTracking().GetByCodeAsync(procedureCode, ct);
        var versions = await Visible().Where(t => t.ProcedureCode == procedureCode).ToListAsync(ct);
        return [.. versions.OrderBy(t => t.LaboratoryCode is not null).ThenBy(t => t.LaboratoryCode).ThenBy(t => t.Number).Select(ProcedureTemplateResponse.From)];
    }

    /// <summary>Shipped templates and the caller's laboratory's (every laboratory's for the City quality managers).</summary>
    private IQueryable<ProcedureTemplate> Visible() => db.ProcedureTemplates.AsNoTracking().SharedOrVisibleTo(user);
}

/// <summary>Which template a work order is measured with.</summary>
public static class TemplateInForce
{
    /// <summary>The version a work order keeps; otherwise its laboratory's latest, otherwise the latest shipped; null when the procedure has none.</summary>
    public static async Task<ProcedureTemplate?> ForAsync(ILimsDb db, Guid? kept, string procedureCode, string laboratoryCode, CancellationToken ct)
    {
        if (kept is { } id)
        {
            return await db.ProcedureTemplates.AsNoTracking().SingleAsync(t => t.Id == id, ct);
        }

        return await db.ProcedureTemplates.AsNoTracking()
            .Where(t => t.ProcedureCode == procedureCode && (t.LaboratoryCode == laboratoryCode || t.LaboratoryCode == null))
            .OrderBy(t => t.LaboratoryCode == null).ThenByDescending(t => t.Number)
            .FirstOrDefaultAsync(ct);
    }
}
