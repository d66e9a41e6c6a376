using Lims.Application.Abstractions.Imports;

namespace Lims.Application.Features.Imports;

/// <summary>
/// One kind of import: its columns, and how its rows become records by the rules a form obeys.
/// It takes the rows in order and counts each in <see cref="ImportProgress"/>; with
/// <c>write</c> false it writes nothing (or, if <see cref="ChecksByWriting"/>, writes inside a
/// transaction that is then rolled back).
/// </summary>
public interface IRowImport
{
    /// <summary>The route's name: <c>customers</c>, <c>instruments</c>, …</summary>
    string Kind { get; }

    /// <summary>The template's sheet name.</summary>
    string SheetName { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>
    /// True when a row is checked by registering it through its handler, so a dry run writes in a
    /// transaction rolled back at the end; false when the rows are checked without writing.
    /// </summary>
    bool ChecksByWriting { get; }

    Task ImportAsync(ColumnMap map, IEnumerable<ImportRow> rows, ImportProgress progress, bool write, CancellationToken ct);
}
