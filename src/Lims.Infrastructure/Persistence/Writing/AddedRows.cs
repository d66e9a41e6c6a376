using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>
/// The new records of a save, taken out of EF's part of it and written after it, in its transaction,
/// with multi-row inserts (<see cref="MultiRowInsert"/>, all in one <see cref="WriteBatch"/> with the audit lines): EF builds, sorts and batches a command per
/// row, which was most of a busy save's work and allocation. Taken only when that changes nothing
/// but the way they are written:
/// <list type="bullet">
/// <item>their entity type has a plain table (<see cref="PlainTable"/>);</item>
/// <item>nothing EF still writes in the save refers to them (else EF writes them, in its order);</item>
/// <item>they are written principals first (a submission before its work orders and items).</item>
/// </list>
/// Taken rows are marked unchanged for EF; if the save fails, they are marked added again, as EF
/// leaves them.
/// </summary>
internal sealed class AddedRows
{
    private readonly List<(PlainTable Table, List<EntityEntry> Entries, List<object?[]> Values)> _tables;

    private AddedRows(List<(PlainTable, List<EntityEntry>, List<object?[]>)> tables) => _tables = tables;

    public int Count => _tables.Sum(t => t.Entries.Count);

    /// <summary>
    /// Takes those of the save's new records (among <paramref name="tracked"/>, its tracked entries)
    /// that can be written this way, or returns null when there are none.
    /// </summary>
    public static AddedRows? TakeFrom(DbContext context, IReadOnlyList<EntityEntry> tracked)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        Dictionary<IEntityType, (PlainTable Table, List<EntityEntry> Entries)>? added = null;
        HashSet<IEntityType>? leftToEf = null;
        foreach (var entry in tracked)
        {
            switch (entry.State)
            {
                case EntityState.Added when PlainTable.Of(entry.Metadata, sql) is { } table:
                    added ??= [];
                    if (!added.TryGetValue(entry.Metadata, out var rows))
                    {
                        added[entry.Metadata] = rows = (table, []);
                    }

                    rows.Entries.Add(entry);
                    break;
                case EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    (leftToEf ??= []).Add(entry.Metadata);
                    break;
            }
        }

        if (added is null)
        {
            return null;
        }

        // What EF writes is written first: the rows it refers to must be written by EF too, and so on.
        var pending = new Queue<IEntityType>(leftToEf ?? []);
        while (pending.TryDequeue(out var type))
        {
            foreach (var principal in type.GetForeignKeys().Select(fk => fk.PrincipalEntityType))
            {
                if (added.Remove(principal))
                {
                    pending.Enqueue(principal);
                }
            }
        }

        if (InWritingOrder(added) is not { Count: > 0 } order)
        {
            return null;
        }

        var tables = new List<(PlainTable, List<EntityEntry>, List<object?[]>)>(order.Count);
        foreach (var type in order)
        {
            var (table, entries) = added[type];
            var values = new List<object?[]>(entries.Count);
            foreach (var entry in entries)
            {
                var current = entry.CurrentValues;
                var row = new object?[table.Properties.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = current[table.Properties[i]];
                }

                values.Add(row);
            }

            tables.Add((table, entries, values));
        }

        foreach (var (_, entries, _) in tables)
        {
            foreach (var entry in entries)
            {
                entry.State = EntityState.Unchanged;
            }
        }

        return new AddedRows(tables);
    }

    public void AddTo(WriteBatch batch)
    {
        foreach (var (table, _, values) in _tables)
        {
            table.Insert.AddTo(batch, values, static (row, column) => row[column]);
        }
    }

    /// <summary>After a failed save: the records are new again, as EF leaves what it could not save.</summary>
    public void PutBack()
    {
        foreach (var (_, entries, _) in _tables)
        {
            foreach (var entry in entries)
            {
                entry.State = EntityState.Added;
            }
        }
    }

    /// <summary>Principals before the rows that refer to them; null when the types refer to each other in a circle.</summary>
    private static List<IEntityType>? InWritingOrder(Dictionary<IEntityType, (PlainTable Table, List<EntityEntry> Entries)> added)
    {
        var order = new List<IEntityType>(added.Count);
        var state = new Dictionary<IEntityType, bool>(); // false: being placed, true: placed
        foreach (var type in added.Keys)
        {
            if (!Place(type))
            {
                return null;
            }
        }

        return order;

        bool Place(IEntityType type)
        {
            if (state.TryGetValue(type, out var placed))
            {
                return placed;
            }

            state[type] = false;
            foreach (var principal in added[type].Table.Principals)
            {
                if (added.ContainsKey(principal) && !Place(principal))
                {
                    return false;
                }
            }

            state[type] = true;
            order.Add(type);
            return true;
        }
    }
}
