using Lims.Application.Features.Certificates;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Lims.Api.OpenApi;

/// <summary>Who may read the OpenAPI document and the reference at <c>/scalar</c> (configuration <c>ApiReference:Access</c>).</summary>
public enum ApiReferenceAccess
{
    /// <summary>Anyone: the default in Development.</summary>
    Anonymous,

    /// <summary>Signed-in users only: the default elsewhere.</summary>
    SignedIn,

    /// <summary>Not served at all.</summary>
    Off,
}

public static class ApiReference
{
    public static ApiReferenceAccess AccessOf(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<ApiReferenceAccess?>("ApiReference:Access")
        ?? (environment.IsDevelopment() ? ApiReferenceAccess.Anonymous : ApiReferenceAccess.SignedIn);

    public static void MapLimsApiReference(this WebApplication app, ApiReferenceAccess access)
    {
        if (access == ApiReferenceAccess.Off)
        {
            return;
        }

        var document = app.MapOpenApi();
        var reference = app.MapScalarApiReference(options => options.DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp());
        if (access == ApiReferenceAccess.Anonymous)
        {
            document.AllowAnonymous();
            reference.AllowAnonymous();
        }
        else
        {
            document.RequireAuthorization();
            reference.RequireAuthorization();
        }
    }
}

/// <summary>
/// The document names the server at <c>Certificates:PublicBaseUrl</c>, never the Host header of
/// the request that asked for it (which anyone can set).
/// </summary>
public sealed class PublicServerTransformer(IOptions<CertificateOptions> options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [new OpenApiServer { Url = options.Value.PublicBaseUrl.TrimEnd('/') }];
        return Task.CompletedTask;
    }
}
