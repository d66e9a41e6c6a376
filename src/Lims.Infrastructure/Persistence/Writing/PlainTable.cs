using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>
/// How <see cref="AddedRows"/> and <see cref="ChangedRows"/> write the records of one entity type:
/// the insert statement, the properties in column order, what an update may set and must check, and
/// the types its foreign keys point to. Only a plain table qualifies: one entity type on it, no
/// inheritance, owned or complex parts, and every value known before it is written (no identity,
/// default or computed column, no row version). Other types are left to EF.
/// </summary>
internal sealed class PlainTable
{
    private static readonly ConcurrentDictionary<IEntityType, PlainTable?> Tables = new();

    private PlainTable(IEntityType entityType, StoreObjectIdentifier table, IProperty[] properties, ISqlGenerationHelper sql)
    {
        EntityType = entityType;
        Properties = properties;
        Principals = [.. entityType.GetForeignKeys().Select(fk => fk.PrincipalEntityType)];
        Name = sql.DelimitIdentifier(table.Name, table.Schema);
        Columns = [.. properties.Select(p => PropertyColumn.Of(p, table, sql))];
        Insert = new MultiRowInsert(Name, Columns);
        Key = [.. entityType.FindPrimaryKey()!.Properties.Select(p => Array.IndexOf(properties, p))];
        ConcurrencyTokens = [.. properties.Select((p, i) => (p, i)).Where(x => x.p.IsConcurrencyToken && !x.p.IsPrimaryKey()).Select(x => x.i)];
        Settable = [.. properties.Select(p => !p.IsKey() && !p.IsForeignKey() && !p.GetContainingIndexes().Any(i => i.IsUnique))];
    }

    public IEntityType EntityType { get; }

    public IProperty[] Properties { get; }

    public MultiRowInsert Insert { get; }

    /// <summary>The table's name, delimited.</summary>
    public string Name { get; }

    /// <summary>The column of each property, in the order of <see cref="Properties"/>.</summary>
    public PropertyColumn[] Columns { get; }

    /// <summary>The primary key's properties (indexes into <see cref="Properties"/>).</summary>
    public int[] Key { get; }

    /// <summary>The concurrency tokens outside the key (indexes): an update checks their values as read.</summary>
    public int[] ConcurrencyTokens { get; }

    /// <summary>
    /// By property: whether a changed value of it can be written apart from EF's ordering. Not a key
    /// or foreign key (the row it points to may be written in the same save), not in a unique index
    /// (a value another row of the same save frees or takes).
    /// </summary>
    public bool[] Settable { get; }

    /// <summary>The entity types this one's rows refer to: their new rows must be written first.</summary>
    public IReadOnlyList<IEntityType> Principals { get; }

    /// <summary>The table of this entity type, or null when EF must write its rows.</summary>
    public static PlainTable? Of(IEntityType entityType, ISqlGenerationHelper sql) =>
        Tables.GetOrAdd(entityType, static (type, sql) => Plan(type, sql), sql);

    private static PlainTable? Plan(IEntityType entityType, ISqlGenerationHelper sql)
    {
        if (entityType.GetTableName() is not { } name
            || entityType.BaseType is not null
            || entityType.GetDirectlyDerivedTypes().Any()
            || entityType.IsOwned()
            || entityType.GetComplexProperties().Any()
            || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            || entityType.GetForeignKeys().Any(fk => fk.PrincipalEntityType == entityType || fk.PrincipalKey.Properties.Any(GeneratedByTheDatabase)))
        {
            return null;
        }

        var table = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        var mappings = entityType.GetTableMappings().ToList();
        if (mappings.Count != 1 || mappings[0].Table.EntityTypeMappings.Count() != 1)
        {
            return null;
        }

        var properties = entityType.GetProperties().ToArray();
        if (properties.Any(p => GeneratedByTheDatabase(p) || p.GetColumnName(table) is null) || entityType.FindPrimaryKey() is null)
        {
            return null;
        }

        return new PlainTable(entityType, table, properties, sql);
    }

    /// <summary>
    /// A value the database makes (an identity, a default, a computed column) or that EF stands in
    /// for until then. A <see cref="Guid"/> or text key that EF generates is made here, before the save.
    /// </summary>
    private static bool GeneratedByTheDatabase(IProperty property) =>
        property.GetDefaultValueSql() is not null
        || property.GetComputedColumnSql() is not null
        || property.TryGetDefaultValue(out _)
        || (property.ValueGenerated != ValueGenerated.Never && !(property.IsPrimaryKey() && property.ClrType == typeof(Guid)));
}
