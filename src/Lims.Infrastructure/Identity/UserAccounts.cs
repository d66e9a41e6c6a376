using FluentValidation;
using FluentValidation.Results;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lims.Infrastructure.Identity;

public sealed class UserAccounts(UserManager<LimsUser> users, ILimsDb db) : IUserAccounts
{
    public Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct) =>
        db.InTransactionAsync(async _ =>
        {
            if (await users.FindByNameAsync(request.UserName!) is not null)
            {
                throw new ConflictException("duplicate-user", $"There is already a user '{request.UserName}'.");
            }

            var user = new LimsUser
            {
                UserName = request.UserName,
                DisplayName = request.DisplayName!.Trim(),
                LaboratoryCode = string.IsNullOrEmpty(request.LaboratoryCode) ? null : request.LaboratoryCode,
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, request.Password!));
            Check(await users.AddToRolesAsync(user, request.Roles!.Distinct()));
            return await ToResponseAsync(user);
        }, ct);

    public async Task<UserResponse?> FindAsync(string userName, CancellationToken ct) =>
        await users.FindByNameAsync(userName) is { } user ? await ToResponseAsync(user) : null;

    public Task<bool> AnyAsync(CancellationToken ct) => users.Users.AnyAsync(ct);

    public async Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            users.PasswordHasher.HashPassword(new LimsUser(), password);
            return new SignInOutcome(SignInStatus.Failed, null, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return new SignInOutcome(SignInStatus.LockedOut, null, user.LockoutEnd);
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return new SignInOutcome(SignInStatus.Succeeded, await ToResponseAsync(user), null);
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user)
            ? new SignInOutcome(SignInStatus.LockedOut, null, user.LockoutEnd)
            : new SignInOutcome(SignInStatus.Failed, null, null);
    }

    public async Task ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException("User", userName);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Errors.Any(e => e.Code is "PasswordMismatch"))
        {
            throw new ValidationException([new ValidationFailure("currentPassword", "The current password is wrong.") { ErrorCode = "PasswordMismatch" }]);
        }

        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure("newPassword", e.Description) { ErrorCode = e.Code }));
        }
    }

    private async Task<UserResponse> ToResponseAsync(LimsUser user) =>
        new(user.UserName!, user.DisplayName, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)], user.LaboratoryCode);

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName"))
        {
            throw new ConflictException("duplicate-user", "There is already a user with that name.");
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", e.Description) { ErrorCode = e.Code }));
    }
}
