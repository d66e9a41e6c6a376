using Lims.Api.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Lims.Api;

/// <summary>
/// Request bodies of at most 1 MB (413 beyond), unless a route asks for more with
/// <c>.WithRequestSizeLimit(…)</c> (imports: 20 MB). A declared length over the limit is refused
/// before anything is read; a longer body sent without a length is cut off by the server as it is
/// read (Kestrel's limit, set here per request).
/// </summary>
public static class RequestLimits
{
    public const long BodyBytes = 1024 * 1024;

    public const long ImportBytes = 20 * 1024 * 1024;

    public static TBuilder WithRequestSizeLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SizeLimit(bytes));

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? BodyBytes;
            if (http.Request.ContentLength > limit)
            {
                await Problems.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "payload-too-large",
                    $"The request body is {http.Request.ContentLength} bytes; at most {limit} are accepted.");
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next(http);
        });

    private sealed class SizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
