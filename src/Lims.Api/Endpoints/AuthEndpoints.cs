using Lims.Api.Auth;
using Lims.Application.Features.Auth;
using Lims.Application.Features.Competence;
using Lims.Application.Features.Users;

namespace Lims.Api.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuth(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/login", (LoginRequest body, LoginHandler handler, CancellationToken ct) => handler.LoginAsync(body, ct))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithTags("Sign-in")
            .WithSummary("Sign in and receive a bearer token")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/me", (HttpContext http, UserHandler handler, CancellationToken ct) => handler.GetAsync(http.User.Identity!.Name!, ct))
            .WithTags("Sign-in")
            .WithSummary("Who am I: user name, display name, roles and laboratory");

        api.MapPost("/users", async (UserRequest body, UserHandler handler, CancellationToken ct) =>
            {
                var user = await handler.CreateAsync(body, ct);
                return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.UserName)}", user);
            })
            .RequireRoles(Application.Common.Roles.Admin)
            .WithTags("Users")
            .WithSummary("Create a user with roles")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/users/{userName}/authorizations", async (string userName, AuthorizationRequest body, AuthorizationHandler handler, CancellationToken ct) =>
            {
                var granted = await handler.GrantAsync(userName, body, ct);
                return TypedResults.Created($"/api/users/{Uri.EscapeDataString(userName)}/authorizations", granted);
            })
            .RequireRoles(Application.Common.Roles.Admin, Application.Common.Roles.QualityManager)
            .WithTags("Users")
            .WithSummary("Record a technician's competence (检定员证) for a procedure, valid until a date")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/users/{userName}/authorizations", (string userName, AuthorizationHandler handler, CancellationToken ct) => handler.ListAsync(userName, ct))
            .WithTags("Users")
            .WithSummary("A user's authorisations")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/users/{userName}", (string userName, UserHandler handler, CancellationToken ct) => handler.GetAsync(userName, ct))
            .RequireRoles(Application.Common.Roles.Admin, Application.Common.Roles.QualityManager)
            .WithTags("Users")
            .WithSummary("One user")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
