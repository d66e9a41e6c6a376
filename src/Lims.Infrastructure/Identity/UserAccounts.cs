using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Lims.Application.Common;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Users;
using Lims.Domain.Common;
using Lims.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lims.Infrastructure.Identity;

public sealed class UserAccounts(UserManager<LimsUser> users, LimsDbContext db, IRefreshTokens refreshTokens) : IUserAccounts
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
                UserName = Identifiers.Normalize(request.UserName!),
                DisplayName = request.DisplayName!.Trim(),
                LaboratoryCode = string.IsNullOrEmpty(request.LaboratoryCode) ? null : request.LaboratoryCode,
                Email = string.IsNullOrEmpty(request.Email) ? null : request.Email,
                LockoutEnabled = false,
            };
            Check(await users.CreateAsync(user, request.Password!), "password");
            Check(await users.AddToRolesAsync(user, request.Roles!.Distinct()), "roles");
            return await ToResponseAsync(user);
        }, ct);

    public async Task<UserResponse?> FindAsync(string userName, CancellationToken ct) =>
        await users.FindByNameAsync(userName) is { } user ? await ToResponseAsync(user) : null;

    public Task<bool> AnyAsync(CancellationToken ct) => db.Users.AnyAsync(ct);

    public async Task<PagedList<UserResponse>> ListAsync(UserQuery query, string? onlyLaboratory, PageRequest page, CancellationToken ct)
    {
        var found = db.Users.AsNoTracking();
        if (onlyLaboratory is not null)
        {
            found = found.Where(u => u.LaboratoryCode == onlyLaboratory);
        }

        if (!string.IsNullOrEmpty(query.LaboratoryCode))
        {
            found = found.Where(u => u.LaboratoryCode == query.LaboratoryCode);
        }

        if (!string.IsNullOrEmpty(query.Role))
        {
            var roleId = db.Roles.Where(r => r.Name == query.Role).Select(r => r.Id);
            found = found.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }

        if (!string.IsNullOrWhiteSpace(query.Query))
        {
            var part = query.Query.Trim();
            var upper = part.ToUpperInvariant();
            found = found.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.Contains(part));
        }

        var total = await found.CountAsync(ct);
        var pageOfUsers = await found.OrderBy(u => u.NormalizedUserName).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var ids = pageOfUsers.Select(u => u.Id).ToList();
        var roles = (await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        return new PagedList<UserResponse>([.. pageOfUsers.Select(u => ToResponse(u, roles[u.Id]))], page.PageNumber, page.Size, total);
    }

    public Task<UserResponse> UpdateAsync(string userName, UserUpdate update, int? ifMatch, CancellationToken ct) =>
        db.InTransactionAsync(async _ =>
        {
            var user = await FindOrThrowAsync(userName);
            VersionCheck.Ensure(user, "User", user.UserName!, update.Version, ifMatch);
            var laboratory = string.IsNullOrEmpty(update.LaboratoryCode) ? null : update.LaboratoryCode;
            var roleIds = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
            var wanted = update.Roles!.Distinct().ToHashSet(StringComparer.Ordinal);
            var held = await db.UserRoles.Where(ur => ur.UserId == user.Id).ToListAsync(ct);
            var heldNames = held.Select(ur => roleIds.First(r => r.Value == ur.RoleId).Key).ToHashSet(StringComparer.Ordinal);
            if (heldNames.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && !user.Disabled)
            {
                await EnsureAnotherAdministratorAsync(user, ct);
            }

            db.UserRoles.RemoveRange(held.Where(ur => !wanted.Contains(roleIds.First(r => r.Value == ur.RoleId).Key)));
            db.UserRoles.AddRange(wanted.Except(heldNames).Select(name => new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[name] }));

            // Roles and laboratory decide what a token allows: a change ends the user's tokens.
            if (!heldNames.SetEquals(wanted) || laboratory != user.LaboratoryCode)
            {
                NewStamp(user);
            }

            user.DisplayName = update.DisplayName!.Trim();
            user.LaboratoryCode = laboratory;
            user.Email = string.IsNullOrEmpty(update.Email) ? null : update.Email;
            user.NormalizedEmail = users.NormalizeEmail(user.Email);
            await db.SaveChangesAsync(ct);
            return ToResponse(user, wanted);
        }, ct);

    public Task<UserResponse> SetDisabledAsync(string userName, bool disabled, CancellationToken ct) =>
        db.InTransactionAsync(async _ =>
        {
            var user = await FindOrThrowAsync(userName);
            if (user.Disabled != disabled)
            {
                if (disabled && await users.IsInRoleAsync(user, Roles.Admin))
                {
                    await EnsureAnotherAdministratorAsync(user, ct);
                }

                user.Disabled = disabled;
                NewStamp(user);
                await db.SaveChangesAsync(ct);
                if (disabled)
                {
                    await refreshTokens.RevokeUserAsync(user.Id, ct);
                }
            }

            return await ToResponseAsync(user);
        }, ct);

    public Task<PasswordResetResponse> ResetPasswordAsync(string userName, CancellationToken ct) =>
        db.InTransactionAsync(async _ =>
        {
            var user = await FindOrThrowAsync(userName);
            var temporary = TemporaryPassword.Make();
            await SetPasswordAsync(user, temporary, "password");
            user.MustChangePassword = true;
            await db.SaveChangesAsync(ct);
            await refreshTokens.RevokeUserAsync(user.Id, ct);
            return new PasswordResetResponse(user.UserName!, temporary);
        }, ct);

    public Task RequirePasswordChangeAsync(string userName, CancellationToken ct) =>
        db.InTransactionAsync(async _ =>
        {
            var user = await FindOrThrowAsync(userName);
            user.MustChangePassword = true;
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);

    public Task<bool> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken ct) =>
        db.InTransactionAsync(async _ =>
        {
            var user = await FindOrThrowAsync(userName);
            if (user.Disabled || user.PasswordHash is null
                || users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword) == PasswordVerificationResult.Failed)
            {
                return false;
            }

            await SetPasswordAsync(user, newPassword, "newPassword");
            user.MustChangePassword = false;
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);

    public async Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            users.PasswordHasher.HashPassword(new LimsUser(), password);
            return new SignInOutcome(null, SignInFailure.UnknownUser);
        }

        // The password is checked for a disabled user too, so that the answer takes as long.
        var right = await users.CheckPasswordAsync(user, password);
        if (user.Disabled)
        {
            return new SignInOutcome(null, SignInFailure.Disabled);
        }

        return right ? new SignInOutcome(await SessionOfAsync(user, ct), SignInFailure.None) : new SignInOutcome(null, SignInFailure.WrongPassword);
    }

    public async Task<AccountSession?> SessionAsync(string? userName, string? userId, CancellationToken ct)
    {
        var found = db.Users.AsNoTracking();
        found = userId is not null ? found.Where(u => u.Id == userId) : found.Where(u => u.NormalizedUserName == users.NormalizeName(userName));
        var user = await found.FirstOrDefaultAsync(ct);
        return user is null ? null : await SessionOfAsync(user, ct);
    }

    /// <summary>
    /// A digest of the security stamp, which tokens carry instead of the stamp itself: it tells
    /// whether the stamp changed, and nothing more.
    /// </summary>
    internal static string StampDigest(string? stamp) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? string.Empty)).AsSpan(0, 16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<AccountSession> SessionOfAsync(LimsUser user, CancellationToken ct)
    {
        var roles = await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return new AccountSession(user.Id, user.UserName!, [.. roles.Order(StringComparer.Ordinal)], user.LaboratoryCode, StampDigest(user.SecurityStamp), user.Disabled, user.MustChangePassword);
    }

    /// <summary>
    /// Refuses to take the last enabled administrator away. The Admin role's row is updated first:
    /// the row lock makes changes that could remove administrators wait for each other, so two
    /// administrators disabling each other at once cannot both succeed.
    /// </summary>
    private async Task EnsureAnotherAdministratorAsync(LimsUser leaving, CancellationToken ct)
    {
        var normalized = users.NormalizeName(Roles.Admin);
        await db.Roles.Where(r => r.NormalizedName == normalized)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, Guid.NewGuid().ToString()), ct);
        var adminRole = db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id);
        var others = await db.Users.AsNoTracking()
            .Where(u => u.Id != leaving.Id && !u.Disabled && db.UserRoles.Any(ur => ur.UserId == u.Id && adminRole.Contains(ur.RoleId)))
            .AnyAsync(ct);
        if (!others)
        {
            throw new DomainRuleException(UserRules.LastAdministrator,
                $"{leaving.UserName} is the last enabled administrator; make another user an administrator first.");
        }
    }

    /// <summary>Checks <paramref name="password"/> against the policy (a validation error on <paramref name="field"/>) and sets it, with a new stamp.</summary>
    private async Task SetPasswordAsync(LimsUser user, string password, string field)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }

        if (errors.Count > 0)
        {
            Check(IdentityResult.Failed([.. errors]), field);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        NewStamp(user);
    }

    /// <summary>A new security stamp: every token issued before it stops working at its next request.</summary>
    private static void NewStamp(LimsUser user) => user.SecurityStamp = Guid.NewGuid().ToString("N");

    private async Task<LimsUser> FindOrThrowAsync(string userName) =>
        await users.FindByNameAsync(userName) ?? throw new NotFoundException("User", userName);

    private async Task<UserResponse> ToResponseAsync(LimsUser user) => ToResponse(user, await users.GetRolesAsync(user));

    private static UserResponse ToResponse(LimsUser user, IEnumerable<string> roles) =>
        new(user.UserName!, user.DisplayName, [.. roles.Order(StringComparer.Ordinal)], user.LaboratoryCode, user.Email, !user.Disabled, user.MustChangePassword, user.Version);

    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded)
        {
            return;
        }

        if (result.Errors.Any(e => e.Code is "DuplicateUserName"))
        {
            throw new ConflictException("duplicate-user", "There is already a user with that name.");
        }

        if (result.Errors.Any(e => e.Code is "ConcurrencyFailure"))
        {
            throw new ConflictException("stale-version", "Someone else changed this user at the same time. Reload it and try again.");
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? field : e.Code.Contains("Email", StringComparison.Ordinal) ? "email" : field, e.Description) { ErrorCode = e.Code }));
    }
}
