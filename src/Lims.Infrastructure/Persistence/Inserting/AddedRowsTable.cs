using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lims.Infrastructure.Persistence.Inserting;

/// <summary>
/// How <see cref="AddedRows"/> writes new records of one entity type: the statement, the properties
/// in column order, and the types its foreign keys point to. Only a plain table qualifies: one
/// entity type on it, no inheritance, owned or complex parts, and every value known before the
/// insert (no identity, default or computed column). Other types are left to EF.
/// </summary>
internal sealed class AddedRowsTable
{
    private static readonly ConcurrentDictionary<IEntityType, AddedRowsTable?> Tables = new();

    private AddedRowsTable(IEntityType entityType, IProperty[] properties, MultiRowInsert insert)
    {
        EntityType = entityType;
        Properties = properties;
        Insert = insert;
        Principals = [.. entityType.GetForeignKeys().Select(fk => fk.PrincipalEntityType)];
    }

    public IEntityType EntityType { get; }

    public IProperty[] Properties { get; }

    public MultiRowInsert Insert { get; }

    /// <summary>The entity types this one's rows refer to: their new rows must be written first.</summary>
    public IReadOnlyList<IEntityType> Principals { get; }

    /// <summary>The table of this entity type, or null when EF must write its rows.</summary>
    public static AddedRowsTable? Of(IEntityType entityType, ISqlGenerationHelper sql) =>
        Tables.GetOrAdd(entityType, static (type, sql) => Plan(type, sql), sql);

    private static AddedRowsTable? Plan(IEntityType entityType, ISqlGenerationHelper sql)
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
        if (properties.Any(p => GeneratedByTheDatabase(p) || p.GetColumnName(table) is null))
        {
            return null;
        }

        return new AddedRowsTable(entityType, properties, new MultiRowInsert(table, properties, sql));
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
