namespace Lims.Application.Features.Search;

/// <summary><c>GET /api/search?q=</c>: what was typed or scanned into the reception desk's one box.</summary>
public sealed record SearchQuery(string? Q);

/// <summary>What a hit is; the desk opens each kind in its own place.</summary>
public enum SearchHitKind
{
    Customer,
    Instrument,
    Submission,
    WorkOrder,
    Certificate,
}

/// <summary>
/// One hit: its kind, its key (an id, or the number for certificates), what to show, and the
/// customer it belongs to, so that every hit leads to a customer's card.
/// </summary>
public sealed record SearchHit(SearchHitKind Kind, string Key, string Title, string Detail, Guid CustomerId, string CustomerName);
