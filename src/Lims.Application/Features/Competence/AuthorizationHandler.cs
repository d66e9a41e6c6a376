using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Users;
using Lims.Domain.Common;
using Lims.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Competence;

/// <summary>
/// Technicians' competences (检定员证): which procedure, which certificate, valid until when. A
/// competence is a laboratory's record (rule 12), granted only by a quality manager of the
/// technician's laboratory and never to oneself (rule 13).
/// </summary>
public sealed class AuthorizationHandler(ILimsDb db, IUserAccounts accounts, ICurrentUser user)
{
    public const string NotTheTechniciansQualityManager = "not-the-technicians-quality-manager";

    public const string OwnCompetence = "own-competence";

    public async Task<AuthorizationResponse> GrantAsync(string userName, AuthorizationRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var technician = await FindVisibleAsync(userName, ct);
        if (technician.UserName == user.UserName)
        {
            throw new ForbiddenException(OwnCompetence, "Nobody grants themselves a competence: another quality manager of your laboratory records it.");
        }

        if (!user.IsSystem && !(user.IsInRole(Roles.QualityManager) && technician.LaboratoryCode is { } lab && user.LaboratoryCode == lab))
        {
            throw new ForbiddenException(NotTheTechniciansQualityManager,
                $"Only a quality manager of {technician.UserName}'s laboratory ({technician.LaboratoryCode ?? "none"}) grants them a competence.");
        }

        if (!technician.Roles.Contains(Roles.Technician))
        {
            throw new DomainRuleException("not-a-technician", $"{userName} does not hold the Technician role; only technicians are authorised for procedures.");
        }

        if (!await db.Procedures.AnyAsync(p => p.Code == request.ProcedureCode, ct))
        {
            throw new DomainRuleException("unknown-procedure", $"There is no procedure '{request.ProcedureCode}'.");
        }

        var certificateNo = Identifiers.Normalize(request.CertificateNo!);
        if (await db.Authorizations.AnyAsync(a => a.UserName == technician.UserName && a.ProcedureCode == request.ProcedureCode && a.CertificateNo == certificateNo, ct))
        {
            throw new ConflictException("duplicate-authorization", $"{userName} already holds certificate {certificateNo} for {request.ProcedureCode}.");
        }

        var authorization = new TechnicianAuthorization(technician.UserName, technician.LaboratoryCode!, request.ProcedureCode!, certificateNo, request.ValidUntil!.Value, user.UserName);
        db.Authorizations.Add(authorization);
        await db.SaveChangesAsync(ct);
        return From(authorization);
    }

    /// <summary>The competences a user holds that the caller's laboratory may see.</summary>
    public async Task<IReadOnlyList<AuthorizationResponse>> ListAsync(string userName, CancellationToken ct)
    {
        var technician = await FindVisibleAsync(userName, ct);
        var held = await db.Authorizations.AsNoTracking().VisibleTo(user).Where(a => a.UserName == technician.UserName)
            .OrderBy(a => a.ProcedureCode).ThenByDescending(a => a.ValidUntil).ToListAsync(ct);
        return [.. held.Select(From)];
    }

    /// <summary>
    /// The user, when the caller sees them: themselves, a user of a laboratory the caller reads, or
    /// one the caller administers (the City's and the first administrator: everyone; a county's: its
    /// own). Otherwise 404, as if there were none.
    /// </summary>
    private async Task<UserResponse> FindVisibleAsync(string userName, CancellationToken ct)
    {
        var found = await accounts.FindAsync(userName, ct);
        if (found is null || !(found.UserName == user.UserName || (found.LaboratoryCode is { } lab && user.MayRead(lab)) || Administers(found)))
        {
            throw new NotFoundException("User", userName);
        }

        return found;
    }

    private bool Administers(UserResponse other) =>
        user.AdministersEveryLaboratory() || (user.IsInRole(Roles.Admin) && user.LaboratoryCode is { } own && own == other.LaboratoryCode);

    private static AuthorizationResponse From(TechnicianAuthorization a) => new(a.Id, a.UserName, a.LaboratoryCode, a.ProcedureCode, a.CertificateNo, a.ValidUntil, a.GrantedBy);
}
