using Lims.Api.Errors;
using Lims.Application.Abstractions;
using Microsoft.AspNetCore.Authorization;

namespace Lims.Api.Auth;

/// <summary>
/// After a password reset the user may do nothing but change the password (and see who they are,
/// or sign out): every other route answers 403 <c>password-change-required</c>.
/// </summary>
public static class PasswordChangeGate
{
    public const string Code = "password-change-required";

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
                await Problems.WriteAsync(http, StatusCodes.Status403Forbidden, Code,
                    "Your password was reset: choose a new one with POST /api/me/password before anything else.");
                return;
            }

            await next(http);
        });

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
    private sealed class AllowedBeforePasswordChangeAttribute : Attribute;
}
