using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Competence;
using Lims.Application.Features.Users;

namespace Lims.Api.Endpoints;

public static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");

        group.MapPost("/", async (UserRequest body, UserHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var user = await handler.CreateAsync(body, ct);
                IfMatch.SetETag(response, user.Version);
                return TypedResults.Created($"/api/users/{Uri.EscapeDataString(user.UserName)}", user);
            })
            .RequireRoles(Roles.Admin)
            .WithSummary("Create a user with roles, a laboratory and an e-mail address")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ([AsParameters] UserQuery query, [AsParameters] PageRequest page, UserHandler handler, CancellationToken ct) =>
                handler.ListAsync(query, page, ct))
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Users by name: of every laboratory for a City administrator, of their own laboratory for a county administrator or a quality manager. Never a password hash or stamp");

        group.MapGet("/{userName}", async (string userName, UserHandler handler, HttpResponse response, CancellationToken ct) =>
            {
                var user = await handler.GetAsync(userName, ct);
                IfMatch.SetETag(response, user.Version);
                return user;
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("One user, with version (also as ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{userName}", async (string userName, UserUpdate body, UserHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var user = await handler.UpdateAsync(userName, body, IfMatch.Version(http.Request), ct);
                IfMatch.SetETag(http.Response, user.Version);
                return user;
            })
            .RequireRoles(Roles.Admin)
            .WithSummary("Change display name, roles, laboratory and e-mail at the version read. A change of roles or laboratory takes effect at the user's next request. The last enabled administrator keeps the Admin role (422 last-administrator)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{userName}/disable", (string userName, UserHandler handler, CancellationToken ct) => handler.DisableAsync(userName, ct))
            .RequireRoles(Roles.Admin)
            .WithSummary("Disable a user: they cannot sign in, and their tokens stop working at their next request. Not the last enabled administrator (422 last-administrator)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{userName}/enable", (string userName, UserHandler handler, CancellationToken ct) => handler.EnableAsync(userName, ct))
            .RequireRoles(Roles.Admin)
            .WithSummary("Enable a disabled user again")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{userName}/password-reset", (string userName, UserHandler handler, CancellationToken ct) => handler.ResetPasswordAsync(userName, ct))
            .RequireRoles(Roles.Admin)
            .WithSummary("Reset a password: the temporary password is shown this once; the user must change it at the next sign-in (403 password-change-required on anything else)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{userName}/authorizations", async (string userName, AuthorizationRequest body, AuthorizationHandler handler, CancellationToken ct) =>
            {
                var granted = await handler.GrantAsync(userName, body, ct);
                return TypedResults.Created($"/api/users/{Uri.EscapeDataString(userName)}/authorizations", granted);
            })
            .RequireRoles(Roles.Admin, Roles.QualityManager)
            .WithSummary("Record a technician's competence (检定员证) for a procedure, valid until a date")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{userName}/authorizations", (string userName, AuthorizationHandler handler, CancellationToken ct) => handler.ListAsync(userName, ct))
            .WithSummary("A user's authorisations")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
