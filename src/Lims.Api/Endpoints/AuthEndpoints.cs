using Lims.Api.Auth;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Users;

namespace Lims.Api.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuth(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", (LoginRequest body, HttpContext http, LoginHandler handler, CancellationToken ct) =>
                handler.LoginAsync(body, ClientAddress(http), ct))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Sign-in")
            .WithSummary("Sign in: an access token (at most 15 minutes) and a refresh token. Every failure is the same 401; repeated failures from one address get 429 with Retry-After")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/auth/refresh", (RefreshRequest body, Sessions sessions, CancellationToken ct) => sessions.RefreshAsync(body, ct))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Sign-in")
            .WithSummary("A new token pair for a refresh token, which cannot be used again: a used one presented again ends its whole sign-in")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/auth/logout", async (HttpContext http, Sessions sessions, CancellationToken ct) =>
            {
                await sessions.EndAsync(http.User, ct);
                return TypedResults.NoContent();
            })
            .AllowedBeforePasswordChange()
            .WithTags("Sign-in")
            .WithSummary("Sign out: the refresh tokens of this sign-in stop working");

        api.MapGet("/me", (UserHandler handler, CancellationToken ct) => handler.MeAsync(ct))
            .AllowedBeforePasswordChange()
            .WithTags("Sign-in")
            .WithSummary("Who am I: user name, display name, roles, laboratory, and whether the password must be changed");

        api.MapPost("/me/password", async (PasswordChangeRequest body, HttpContext http, PasswordHandler handler, Sessions sessions, CancellationToken ct) =>
                await sessions.StartAsync(await handler.ChangePasswordAsync(body, ClientAddress(http), ct), ct))
            .AllowedBeforePasswordChange()
            .WithTags("Sign-in")
            .WithSummary("Change one's own password (first thing after a reset). Answers a new token pair; every other token and refresh token of the user stops working")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The client's address as the forwarded-headers middleware leaves it (the proxy's client when one is configured).</summary>
    public static string? ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
