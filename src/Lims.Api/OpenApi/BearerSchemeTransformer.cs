using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lims.Api.OpenApi;

public sealed class BearerSchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Lims API";
        document.Info.Description = "Verification and calibration laboratory information management. Sign in with POST /api/auth/login and send the token as `Authorization: Bearer …`. Errors are RFC 9457 problem details with a `code`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The accessToken from POST /api/auth/login.",
        };
        return Task.CompletedTask;
    }
}
