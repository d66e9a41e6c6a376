using Lims.Application.Common;
using Lims.Infrastructure.Identity;
using Lims.Web.Services;
using Microsoft.AspNetCore.Identity;

namespace Lims.Api.Auth;

/// <summary>Writes and removes the interface's cookie with Identity's sign-in manager.</summary>
public sealed class CookieSignIn(SignInManager<LimsUser> signIn) : ICookieSignIn
{
    public async Task SignInAsync(string userName)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName) ?? throw new NotFoundException("User", userName);
        await signIn.SignInAsync(user, isPersistent: false);
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
