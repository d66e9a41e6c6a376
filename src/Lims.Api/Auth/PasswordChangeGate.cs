using Lims.Api.Errors;
using Lims.Application.Abstractions;
using Lims.Web;
using Microsoft.AspNetCore.Authorization;

namespace Lims.Api.Auth;

/// <summary>
/// After a password reset the user may do nothing but change the password (and see who they are,
/// or sign out): every other API route answers 403 <c>password-change-required</c>, and every other
/// page of the interface sends them to its password page.
/// </summary>
public static class PasswordChangeGate
{
    public const string Code = "password-change-required";

    /// <summary>The interface's page where a user changes their password.</summary>
    public const string PasswordPage = "/account/password";

    /// <summary>Marks a route that a user who must change their password may still call.</summary>
    public static TBuilder AllowedBeforePasswordChange<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowedBeforePasswordChangeAttribute());

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var endpoint = http.GetEndpoint();
            if (http.User.HasClaim(LimsClaims.PasswordChangeRequired, "true")
                && endpoint?.Metadata.GetMetadata<AllowedBeforePasswordChangeAttribute>() is null
                && endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                if (WebSetup.IsMachineFacing(http.Request.Path))
                {
                    await Problems.WriteAsync(http, StatusCodes.Status403Forbidden, Code,
                        "Your password was reset: choose a new one with POST /api/me/password before anything else.");
                    return;
                }

                // Pages that need a signed-in user; style sheets and scripts stay open to all.
                if (endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null)
                {
                    http.Response.Redirect(PasswordPage);
                    return;
                }
            }

            await next(http);
        });
}
