using FluentValidation;
using FluentValidation.Results;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Users;

namespace Lims.Application.Features.Auth;

/// <summary>
/// A user changes their own password, which they must do first after a reset. A wrong current
/// password counts as a failed sign-in for the address. The user's other sessions end.
/// </summary>
public sealed class PasswordHandler(IUserAccounts accounts, IRefreshTokens refreshTokens, ICurrentUser caller, ISignInThrottle throttle)
{
    /// <summary>Changes the caller's password and returns their account as it now is, to start a new session with.</summary>
    public async Task<AccountSession> ChangePasswordAsync(PasswordChangeRequest request, string? clientAddress, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        throttle.EnsureAllowed(clientAddress);
        if (!await accounts.ChangePasswordAsync(caller.UserName, request.CurrentPassword!, request.NewPassword!, ct))
        {
            throttle.RecordFailure(clientAddress);
            throw new ValidationException([new ValidationFailure("currentPassword", "The current password is wrong.")]);
        }

        var user = await accounts.SessionAsync(caller.UserName, null, ct) ?? throw SignInRefusedException.Credentials();
        await refreshTokens.RevokeUserAsync(user.UserId, ct);
        return user;
    }
}
