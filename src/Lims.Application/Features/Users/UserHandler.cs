using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Users;

public sealed class UserHandler(ILimsDb db, IUserAccounts accounts)
{
    public async Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        if (request.LaboratoryCode is { Length: > 0 } lab && !await db.Laboratories.AnyAsync(x => x.Code == lab, ct))
        {
            throw new DomainRuleException("unknown-laboratory", $"There is no laboratory '{lab}'.");
        }

        return await accounts.CreateAsync(request, ct);
    }

    public async Task ChangePasswordAsync(string userName, PasswordChangeRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        await accounts.ChangePasswordAsync(userName, request.CurrentPassword!, request.NewPassword!, ct);
    }

    public async Task<UserResponse> GetAsync(string userName, CancellationToken ct) =>
        await accounts.FindAsync(userName, ct) ?? throw new NotFoundException("User", userName);
}
