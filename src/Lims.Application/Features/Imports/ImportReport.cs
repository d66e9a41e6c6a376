namespace Lims.Application.Features.Imports;

/// <summary>
/// What an import did or, in a dry run, would do: <c>rows</c> read (the header not counted),
/// <c>accepted</c> (written, or to be written), <c>unchanged</c> (already registered as the row
/// says: the same file again adds nothing), and every problem of every <c>refused</c> row with its
/// row as the spreadsheet numbers it, the column as the file heads it, a code and a message.
/// <c>refusedRows</c> counts the rows refused; the first 5,000 problems are listed.
/// </summary>
public sealed record ImportReport(
    string Kind,
    bool DryRun,
    string Format,
    string? Encoding,
    int Rows,
    int Accepted,
    int Unchanged,
    int RefusedRows,
    IReadOnlyList<RowRefusal> Refused,
    bool RefusedListTruncated);

/// <summary>One problem of a refused row.</summary>
public sealed record RowRefusal(int Row, string Column, string Code, string Message);
