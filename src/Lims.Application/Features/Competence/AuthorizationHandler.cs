using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Users;
using Lims.Domain.Common;
using Lims.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Competence;

/// <summary>Technicians' competences (检定员证): which procedure, which certificate, valid until when.</summary>
public sealed class AuthorizationHandler(ILimsDb db, IUserAccounts accounts)
{
    public async Task<AuthorizationResponse> GrantAsync(string userName, AuthorizationRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var user = await accounts.FindAsync(userName, ct) ?? throw new NotFoundException("User", userName);
        if (!user.Roles.Contains(Roles.Technician))
        {
            throw new DomainRuleException("not-a-technician", $"{userName} does not hold the Technician role; only technicians are authorised for procedures.");
        }

        if (!await db.Procedures.AnyAsync(p => p.Code == request.ProcedureCode, ct))
        {
            throw new DomainRuleException("unknown-procedure", $"There is no procedure '{request.ProcedureCode}'.");
        }

        var certificateNo = Identifiers.Normalize(request.CertificateNo!);
        if (await db.Authorizations.AnyAsync(a => a.UserName == user.UserName && a.ProcedureCode == request.ProcedureCode && a.CertificateNo == certificateNo, ct))
        {
            throw new ConflictException("duplicate-authorization", $"{userName} already holds certificate {certificateNo} for {request.ProcedureCode}.");
        }

        var authorization = new TechnicianAuthorization(user.UserName, request.ProcedureCode!, certificateNo, request.ValidUntil!.Value);
        db.Authorizations.Add(authorization);
        await db.SaveChangesAsync(ct);
        return From(authorization);
    }

    public async Task<IReadOnlyList<AuthorizationResponse>> ListAsync(string userName, CancellationToken ct)
    {
        _ = await accounts.FindAsync(userName, ct) ?? throw new NotFoundException("User", userName);
        var held = await db.Authorizations.AsNoTracking().Where(a => a.UserName == userName).OrderBy(a => a.ProcedureCode).ThenByDescending(a => a.ValidUntil).ToListAsync(ct);
        return [.. held.Select(From)];
    }

    private static AuthorizationResponse From(TechnicianAuthorization a) => new(a.Id, a.UserName, a.ProcedureCode, a.CertificateNo, a.ValidUntil);
}
