using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lims.Infrastructure.Persistence.Inserting;

/// <summary>
/// The <c>INSERT</c> statements of a save's last part (its new records, then its audit lines), sent
/// in its transaction in one round trip where the provider takes a batch of commands (PostgreSQL,
/// SQL Server), else one after another (SQLite, in process). A statement the database refuses, or
/// one that inserts fewer rows than it holds, fails the save (<see cref="DbUpdateException"/>).
/// </summary>
internal sealed class InsertBatch
{
    private readonly DbContext _context;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _parameters;
    private readonly bool _positional;
    private readonly List<(string Text, DbParameter[] Parameters, int Rows)> _statements = [];

    public InsertBatch(DbContext context)
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

    public void Add(string text, DbParameter[] parameters, int rows) => _statements.Add((text, parameters, rows));

    public async Task WriteAsync(bool synchronously, CancellationToken ct)
    {
        var connection = _transaction.Connection!;
        var expected = _statements.Sum(s => s.Rows);
        int written;
        try
        {
            written = _statements.Count == 0 ? 0 : connection.CanCreateBatch ? await InOneBatchAsync(connection, synchronously, ct) : await OneByOneAsync(connection, synchronously, ct);
        }
        catch (DbException e)
        {
            throw new DbUpdateException("The changes could not be saved; nothing was saved.", e);
        }
        finally
        {
            await _parameters.DisposeAsync();
        }

        if (written != expected)
        {
            throw new DbUpdateException($"{expected} rows were to be inserted and the database reports {written}; nothing was saved.");
        }
    }

    private async Task<int> InOneBatchAsync(DbConnection connection, bool synchronously, CancellationToken ct)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = _transaction;
        if (_context.Database.GetCommandTimeout() is { } timeout)
        {
            batch.Timeout = timeout;
        }

        foreach (var (text, parameters, _) in _statements)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = text;
            command.Parameters.AddRange(parameters);
            batch.BatchCommands.Add(command);
        }

        return synchronously ? batch.ExecuteNonQuery() : await batch.ExecuteNonQueryAsync(ct);
    }

    private async Task<int> OneByOneAsync(DbConnection connection, bool synchronously, CancellationToken ct)
    {
        var written = 0;
        foreach (var (text, parameters, _) in _statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = _transaction;
            if (_context.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            command.CommandText = text;
            command.Parameters.AddRange(parameters);
            written += synchronously ? command.ExecuteNonQuery() : await command.ExecuteNonQueryAsync(ct);
        }

        return written;
    }
}
