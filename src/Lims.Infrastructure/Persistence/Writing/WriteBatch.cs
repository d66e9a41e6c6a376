using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>
/// The statements of a save's last part (its changed records' updates, its new records' inserts,
/// its audit lines), sent in its transaction in one round trip where the provider takes a batch of
/// commands (PostgreSQL, SQL Server), else one after another (SQLite, in process). A statement the
/// database refuses, or an insert that stores fewer rows than it holds, fails the save
/// (<see cref="DbUpdateException"/>); an update that finds its row changed or gone since it was read
/// fails it as EF would (<see cref="DbUpdateConcurrencyException"/>, the 409).
/// </summary>
internal sealed class WriteBatch
{
    private readonly DbContext _context;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _parameters;
    private readonly bool _positional;
    private readonly List<Statement> _statements = [];

    public WriteBatch(DbContext context)
    {
        _context = context;
        _transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written in the transaction of the save they belong to.");
        // Makes the parameters only (a command is the factory EF's type mappings take); never executed.
        _parameters = _transaction.Connection!.CreateCommand();
        // Npgsql sends $n placeholders with unnamed parameters as they are; named ones it rewrites, parsing the whole statement.
        _positional = _transaction.Connection is NpgsqlConnection;
    }

    /// <summary>Appends the placeholder of parameter <paramref name="number"/> (from 0 in its statement) and makes the parameter.</summary>
    public DbParameter Parameter(StringBuilder text, int number, RelationalTypeMapping mapping, object? value, bool nullable)
    {
        var name = "";
        if (_positional)
        {
            text.Append('$').Append((number + 1).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            name = "@p" + number.ToString(CultureInfo.InvariantCulture);
            text.Append(name);
        }

        return mapping.CreateParameter(_parameters, name, value, nullable);
    }

    /// <summary>An insert of <paramref name="rows"/> rows.</summary>
    public void Add(string text, DbParameter[] parameters, int rows) => _statements.Add(new Statement(text, parameters, rows, null));

    /// <summary>The update of the record of <paramref name="entry"/>, which must find its row as read.</summary>
    public void AddUpdate(string text, DbParameter[] parameters, EntityEntry entry) => _statements.Add(new Statement(text, parameters, 1, entry));

    public async Task WriteAsync(bool synchronously, CancellationToken ct)
    {
        if (_statements.Count == 0)
        {
            await _parameters.DisposeAsync();
            return;
        }

        var connection = _transaction.Connection!;
        int[] written;
        try
        {
            written = connection.CanCreateBatch ? await InOneBatchAsync(connection, synchronously, ct) : await OneByOneAsync(connection, synchronously, ct);
        }
        catch (DbException e)
        {
            throw new DbUpdateException("The changes could not be saved; nothing was saved.", e);
        }
        finally
        {
            await _parameters.DisposeAsync();
        }

        for (var i = 0; i < _statements.Count; i++)
        {
            var statement = _statements[i];
            if (written[i] == statement.Rows)
            {
                continue;
            }

            if (statement.Updated is { } entry)
            {
                throw new DbUpdateConcurrencyException(
                    $"The {entry.Metadata.DisplayName()} to be updated was changed or deleted since it was read; nothing was saved.");
            }

            throw new DbUpdateException($"{statement.Rows} rows were to be inserted and the database reports {written[i]}; nothing was saved.");
        }
    }

    /// <summary>The rows each statement wrote.</summary>
    private async Task<int[]> InOneBatchAsync(DbConnection connection, bool synchronously, CancellationToken ct)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = _transaction;
        if (_context.Database.GetCommandTimeout() is { } timeout)
        {
            batch.Timeout = timeout;
        }

        foreach (var statement in _statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = statement.Text;
            command.Parameters.AddRange(statement.Parameters);
            batch.BatchCommands.Add(command);
        }

        if (synchronously)
        {
            batch.ExecuteNonQuery();
        }
        else
        {
            await batch.ExecuteNonQueryAsync(ct);
        }

        var written = new int[_statements.Count];
        for (var i = 0; i < written.Length; i++)
        {
            written[i] = batch.BatchCommands[i].RecordsAffected;
        }

        return written;
    }

    private async Task<int[]> OneByOneAsync(DbConnection connection, bool synchronously, CancellationToken ct)
    {
        var written = new int[_statements.Count];
        for (var i = 0; i < written.Length; i++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = _transaction;
            if (_context.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            command.CommandText = _statements[i].Text;
            command.Parameters.AddRange(_statements[i].Parameters);
            written[i] = synchronously ? command.ExecuteNonQuery() : await command.ExecuteNonQueryAsync(ct);
        }

        return written;
    }

    /// <summary>A statement and the rows it must write; <see cref="Updated"/> for an update, the record it writes.</summary>
    private sealed record Statement(string Text, DbParameter[] Parameters, int Rows, EntityEntry? Updated);
}
