namespace Lims.Application.Common;

/// <summary>Which page of a list to return: <c>?page=1&amp;pageSize=50</c> (at most 200).</summary>
public sealed record PageRequest(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;
}
