using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>
/// The changed records of a save, taken out of EF's part of it and updated after it, in its
/// transaction and in the same <see cref="WriteBatch"/> as the new records and the audit lines: one
/// round trip instead of two, and none of EF's per-command work. Each record is one
/// <c>UPDATE … SET</c> (its changed columns) <c>… WHERE</c> (its key, and its concurrency tokens as
/// read): a record changed or deleted meanwhile fails the save as EF would. Taken only when the order
/// of writing cannot matter: a plain table (<see cref="PlainTable"/>) and no changed key, foreign
/// key or uniquely indexed value. Taken records are marked unchanged, their values as saved; if the
/// save fails, they are marked changed again with the values they were read with, as EF leaves them.
/// </summary>
internal sealed class ChangedRows
{
    private readonly List<Taken> _taken;

    private ChangedRows(List<Taken> taken) => _taken = taken;

    public int Count => _taken.Count;

    /// <summary>
    /// Takes those of the save's changed records (among <paramref name="tracked"/>, its tracked
    /// entries) that can be written this way, or returns null when there are none.
    /// </summary>
    public static ChangedRows? TakeFrom(DbContext context, IReadOnlyList<EntityEntry> tracked)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        List<Taken>? taken = null;
        foreach (var entry in tracked)
        {
            if (entry.State != EntityState.Modified || PlainTable.Of(entry.Metadata, sql) is not { } table)
            {
                continue;
            }

            var changed = new List<int>();
            var settable = true;
            for (var i = 0; i < table.Properties.Length && settable; i++)
            {
                if (entry.Property(table.Properties[i]).IsModified)
                {
                    changed.Add(i);
                    settable = table.Settable[i];
                }
            }

            if (!settable || changed.Count == 0)
            {
                continue;
            }

            var original = entry.OriginalValues;
            var current = entry.CurrentValues;
            var read = new object?[table.Properties.Length];
            var saved = new object?[table.Properties.Length];
            for (var i = 0; i < read.Length; i++)
            {
                read[i] = original[table.Properties[i]];
                saved[i] = current[table.Properties[i]];
            }

            (taken ??= []).Add(new Taken(entry, table, [.. changed], read, saved));
        }

        if (taken is null)
        {
            return null;
        }

        foreach (var row in taken)
        {
            // As EF leaves a saved record: its values as read are now those saved.
            foreach (var i in row.Changed)
            {
                row.Entry.OriginalValues[row.Table.Properties[i]] = row.Saved[i];
            }

            row.Entry.State = EntityState.Unchanged;
        }

        return new ChangedRows(taken);
    }

    public void AddTo(WriteBatch batch)
    {
        foreach (var row in _taken)
        {
            var table = row.Table;
            var parameters = new List<DbParameter>(row.Changed.Length + table.Key.Length + table.ConcurrencyTokens.Length);
            var text = new StringBuilder("UPDATE ").Append(table.Name).Append(" SET ");
            foreach (var i in row.Changed)
            {
                var column = table.Columns[i];
                text.Append(parameters.Count == 0 ? "" : ", ").Append(column.Name).Append(" = ");
                parameters.Add(batch.Parameter(text, parameters.Count, column.Mapping, row.Saved[i], column.Nullable));
            }

            var first = true;
            foreach (var i in table.Key.Concat(table.ConcurrencyTokens))
            {
                var column = table.Columns[i];
                text.Append(first ? " WHERE " : " AND ").Append(column.Name);
                first = false;
                if (row.Read[i] is null)
                {
                    text.Append(" IS NULL");
                }
                else
                {
                    text.Append(" = ");
                    parameters.Add(batch.Parameter(text, parameters.Count, column.Mapping, row.Read[i], column.Nullable));
                }
            }

            batch.AddUpdate(text.ToString(), [.. parameters], row.Entry);
        }
    }

    /// <summary>After a failed save: the records are changed again, with the values they were read with, as EF leaves what it could not save.</summary>
    public void PutBack()
    {
        foreach (var row in _taken)
        {
            foreach (var i in row.Changed)
            {
                var property = row.Entry.Property(row.Table.Properties[i]);
                property.OriginalValue = row.Read[i];
                property.IsModified = true;
            }
        }
    }

    /// <param name="Changed">The properties changed (indexes into the table's properties).</param>
    /// <param name="Read">Every property's value as read (the original value).</param>
    /// <param name="Saved">Every property's value to save.</param>
    private sealed record Taken(EntityEntry Entry, PlainTable Table, int[] Changed, object?[] Read, object?[] Saved);
}
