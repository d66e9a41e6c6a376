using Lims.Api.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lims.Api.OpenApi;

/// <summary>
/// Writes who may call each operation into its description and security requirement, and lists
/// the problem responses every operation can give (400, 401, 403, 429, 500, 503) beside its own.
/// </summary>
public sealed class RolesAndProblemsTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var roles = metadata.OfType<IAuthorizeData>()
            .SelectMany(a => (a.Roles ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .ToList();
        var who = anonymous ? "Anyone (no token)." : roles.Count > 0 ? $"Roles: {string.Join(", ", roles)}." : "Any signed-in user.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? $"Who: {who}" : $"{operation.Description}\n\nWho: {who}";
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-lims-roles"] = new JsonNodeExtension(new System.Text.Json.Nodes.JsonArray([.. roles.Select(r => (System.Text.Json.Nodes.JsonNode?)r)]));

        operation.Responses ??= [];
        AddProblem(operation, "400", "Invalid input: `errors` by field.");
        if (!anonymous)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] }];
            AddProblem(operation, "401", "No token, or an expired one.");
            if (roles.Count > 0)
            {
                AddProblem(operation, "403", "Signed in, but without one of the roles.");
            }
        }

        AddProblem(operation, "500", "Unexpected error; no internals are revealed.");
        AddProblem(operation, "503", "The database is busy; nothing was changed. Retry after the Retry-After seconds.");
        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('4') || status.StartsWith('5'))
            {
                if (response is OpenApiResponse concrete && string.IsNullOrEmpty(concrete.Description))
                {
                    concrete.Description = $"Problem details with `code` (e.g. {Problems.CodeForStatus(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture))}).";
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        };
    }
}
