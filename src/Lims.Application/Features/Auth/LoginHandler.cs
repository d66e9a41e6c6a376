using Lims.Application.Common;
using Lims.Application.Features.Users;

namespace Lims.Application.Features.Auth;

public sealed class LoginHandler(IUserAccounts accounts, UserClaims claims, ITokenIssuer tokens, TimeProvider clock)
{
    public async Task<TokenResponse> LoginAsync(LoginRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var outcome = await accounts.CheckPasswordAsync(request.UserName!, request.Password!, ct);
        return outcome.Result switch
        {
            SignInStatus.Succeeded => tokens.Issue(outcome.User!.UserName, await claims.ForAsync(outcome.User, ct)),
            SignInStatus.LockedOut => throw new SignInRefusedException(
                lockedOut: true,
                outcome.LockedOutUntil - clock.GetUtcNow(),
                "Too many failed sign-ins: this account is locked for a while. Try again later or ask an administrator."),
            _ => throw new SignInRefusedException(lockedOut: false, null, "The user name or password is wrong."),
        };
    }
}
