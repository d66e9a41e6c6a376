using Lims.Application.Features.Search;

namespace Lims.Api.Endpoints;

public static class SearchEndpoints
{
    public static void MapSearch(this RouteGroupBuilder api) =>
        api.MapGet("/search", (string? q, SearchHandler handler, CancellationToken ct) => handler.SearchAsync(new SearchQuery(q), ct))
            .WithTags("Reception")
            .WithSummary("The reception desk's one box: customers (any part of the name, or the credit code), instruments (serial number), submissions (receipt number), work orders (number) and certificates (number, or the address of its QR code); each hit typed, within the caller's laboratory")
            .ProducesValidationProblem();
}
