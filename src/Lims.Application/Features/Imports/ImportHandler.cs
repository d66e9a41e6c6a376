using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Abstractions.Reports;
using Lims.Application.Common;

namespace Lims.Application.Features.Imports;

/// <summary>
/// Bringing an institute's existing records in (rule 15): a file of one kind — customers,
/// instruments with their last verification, standards, equipment with calibrations, users — read
/// row by row and registered by the rules a form obeys. A dry run writes nothing and reports every
/// refused row; a real run writes every accepted row in one transaction (an unexpected failure
/// leaves nothing half-written) as the current user, so the audit trail names them on each record;
/// the same file again adds nothing.
/// </summary>
public sealed class ImportHandler(IEnumerable<IRowImport> imports, IImportFileReader files, ILimsDb db, ISpreadsheetWriter spreadsheets)
{
    public async Task<ImportReport> ImportAsync(string kind, Stream? file, bool dryRun, CancellationToken ct)
    {
        var import = Find(kind);
        if (file is null)
        {
            throw new ImportFileException("import-file-missing", "Send the file as multipart/form-data, in a field named 'file'.");
        }

        using var table = files.Open(file);
        var map = ColumnMap.For(import.Kind, import.Columns, table.Headers);
        var progress = new ImportProgress();
        if (!dryRun)
        {
            await db.InTransactionAsync(async token =>
            {
                await import.ImportAsync(map, table.Rows, progress, write: true, token);
                return true;
            }, ct);
        }
        else if (import.ChecksByWriting)
        {
            await db.InRolledBackTransactionAsync(async token =>
            {
                await import.ImportAsync(map, table.Rows, progress, write: false, token);
                return true;
            }, ct);
        }
        else
        {
            await import.ImportAsync(map, table.Rows, progress, write: false, ct);
        }

        db.ChangeTracker.Clear();
        return progress.Report(import.Kind, dryRun, table.Format, table.Encoding);
    }

    /// <summary>An .xlsx with the kind's columns under their Chinese headers and one example row, and a 说明 sheet on each column.</summary>
    public byte[] Template(string kind)
    {
        var import = Find(kind);
        var notes = import.Columns.Select(c => (IReadOnlyList<object?>)[c.Header, c.Field, c.Required ? "是" : "否", c.Note]).ToList();
        return spreadsheets.Write(
        [
            new SpreadsheetSheet(import.SheetName, [.. import.Columns.Select(c => c.Header)], [[.. import.Columns.Select(c => (object?)c.Example)]]),
            new SpreadsheetSheet("说明", ["列 Column", "字段 Field", "必填 Required", "说明 Note"], notes),
        ]);
    }

    /// <summary>The kinds that can be imported, in the order an institute moves in.</summary>
    public IReadOnlyList<string> Kinds => [.. imports.Select(i => i.Kind)];

    private IRowImport Find(string kind) =>
        imports.FirstOrDefault(i => string.Equals(i.Kind, kind, StringComparison.OrdinalIgnoreCase))
        ?? throw new NotFoundException("Import kind", kind);
}
