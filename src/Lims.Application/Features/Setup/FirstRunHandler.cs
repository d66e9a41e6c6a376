using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Laboratories;
using Lims.Application.Features.Users;
using Lims.Domain.Common;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Features.Setup;

/// <summary>
/// Makes the first administrator and the first (City) laboratory, to which the administrator
/// belongs; refused once any user exists. The host lets only a visitor at the machine itself ask.
/// The visitor is signed in as nobody yet, so the laboratory is registered here rather than through
/// <see cref="LaboratoryHandler"/>, which lets only the City laboratory's administrators register one.
/// </summary>
public sealed class FirstRunHandler(IUserAccounts accounts, ILimsDb db)
{
    public const string AlreadySetUp = "already-set-up";

    public const string AdministratorName = "系统管理员";

    public async Task<bool> IsNeededAsync(CancellationToken ct) => !await accounts.AnyAsync(ct);

    public async Task<UserResponse> SetUpAsync(FirstRunRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        if (await accounts.AnyAsync(ct))
        {
            throw new DomainRuleException(AlreadySetUp, "Lims is already set up: sign in, or ask an administrator for an account.");
        }

        // Everything that can be refused is checked before anything is written; the password rules
        // are checked as the user is created, which comes first for that reason.
        await db.Laboratories.EnsureCodeIsFreeAsync(request.LaboratoryCode!, ct);
        var administrator = await accounts.CreateAsync(new UserRequest(request.UserName, AdministratorName, request.Password, [Roles.Admin], request.LaboratoryCode), ct);
        db.Laboratories.Add(new Laboratory(request.LaboratoryCode!, request.LaboratoryName!.Trim(), LaboratoryLevel.City, "", request.Address!.Trim()));
        await db.SaveChangesAsync(ct);
        return administrator;
    }
}
