using System.Security.Claims;
using Lims.Application.Abstractions;
using Lims.Application.Features.Users;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Auth;

/// <summary>
/// The claims a signed-in user carries (<see cref="LimsClaims"/>): name, roles, laboratory and
/// whether it is the City laboratory. Every way of signing in (the API's token, the web
/// interface's cookie) builds them here, so <see cref="ICurrentUser"/> means the same everywhere.
/// </summary>
public sealed class UserClaims(ILimsDb db)
{
    public Task<IReadOnlyList<Claim>> ForAsync(UserResponse user, CancellationToken ct) =>
        ForAsync(user.UserName, user.Roles, user.LaboratoryCode, ct);

    public async Task<IReadOnlyList<Claim>> ForAsync(string userName, IEnumerable<string> roles, string? laboratoryCode, CancellationToken ct)
    {
        LaboratoryLevel? level = null;
        if (!string.IsNullOrEmpty(laboratoryCode))
        {
            level = await db.Laboratories.AsNoTracking().Where(l => l.Code == laboratoryCode).Select(l => (LaboratoryLevel?)l.Level).FirstOrDefaultAsync(ct);
        }

        return LimsClaims.For(userName, roles, laboratoryCode, level);
    }
}
