using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Users;

/// <summary>
/// Accounts as an administrator runs them. Admins of the City laboratory (and an administrator of
/// no laboratory, such as the first one) manage every user; an Admin of a county laboratory manages
/// the users of that laboratory only; a quality manager reads the users of their own laboratory.
/// A user outside the caller's reach answers 404, as if absent.
/// </summary>
public sealed class UserHandler(ILimsDb db, IUserAccounts accounts, ICurrentUser caller)
{
    public async Task<UserResponse> CreateAsync(UserRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        await EnsureMayPlaceInAsync(request.LaboratoryCode, ct);
        return await accounts.CreateAsync(request, ct);
    }

    /// <summary>The caller's own account (<c>GET /api/me</c>).</summary>
    public async Task<UserResponse> MeAsync(CancellationToken ct) =>
        await accounts.FindAsync(caller.UserName, ct) ?? throw new NotFoundException("User", caller.UserName);

    public async Task<UserResponse> GetAsync(string userName, CancellationToken ct) =>
        await VisibleAsync(userName, ct);

    public async Task<PagedList<UserResponse>> ListAsync(UserQuery query, PageRequest page, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, page, ct);
        var reach = ReachOfCaller();
        return await accounts.ListAsync(query, reach.Laboratory, page, ct);
    }

    public async Task<UserResponse> UpdateAsync(string userName, UserUpdate update, int? ifMatch, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(update, ct);
        await VisibleAsync(userName, ct);
        await EnsureMayPlaceInAsync(update.LaboratoryCode, ct);
        return await accounts.UpdateAsync(userName, update, ifMatch, ct);
    }

    public async Task<UserResponse> DisableAsync(string userName, CancellationToken ct)
    {
        await VisibleAsync(userName, ct);
        return await accounts.SetDisabledAsync(userName, disabled: true, ct);
    }

    public async Task<UserResponse> EnableAsync(string userName, CancellationToken ct)
    {
        await VisibleAsync(userName, ct);
        return await accounts.SetDisabledAsync(userName, disabled: false, ct);
    }

    public async Task<PasswordResetResponse> ResetPasswordAsync(string userName, CancellationToken ct)
    {
        await VisibleAsync(userName, ct);
        return await accounts.ResetPasswordAsync(userName, ct);
    }

    private async Task<UserResponse> VisibleAsync(string userName, CancellationToken ct)
    {
        var user = await accounts.FindAsync(userName, ct);
        var reach = ReachOfCaller();
        if (user is null || (reach.Laboratory is { } only && user.LaboratoryCode != only))
        {
            throw new NotFoundException("User", userName);
        }

        return user;
    }

    /// <summary>A new or changed user's laboratory must exist, and be the caller's own for a county administrator.</summary>
    private async Task EnsureMayPlaceInAsync(string? laboratoryCode, CancellationToken ct)
    {
        if (laboratoryCode is { Length: > 0 } lab && !await db.Laboratories.AnyAsync(x => x.Code == lab, ct))
        {
            throw new DomainRuleException("unknown-laboratory", $"There is no laboratory '{lab}'.");
        }

        var reach = ReachOfCaller();
        if (reach.Laboratory is { } own && laboratoryCode != own)
        {
            throw new DomainRuleException(UserRules.OtherLaboratory,
                $"An administrator of laboratory {own} manages the users of {own} only; give the user laboratory {own}.");
        }
    }

    /// <summary>Which users the caller manages or reads: every laboratory's (null) or one laboratory's.</summary>
    private Reach ReachOfCaller()
    {
        var own = caller.LaboratoryCode;
        if (caller.AdministersEveryLaboratory())
        {
            return new Reach(null);
        }

        // A county administrator manages, and a quality manager reads, their own laboratory's
        // users; a quality manager of no laboratory reads none.
        return new Reach(own ?? string.Empty);
    }

    private readonly record struct Reach(string? Laboratory);
}
