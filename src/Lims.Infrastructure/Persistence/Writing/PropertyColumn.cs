using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lims.Infrastructure.Persistence.Writing;

/// <summary>A property's column: its delimited name, type mapping (and value converter) and whether it takes null.</summary>
internal sealed record PropertyColumn(IProperty Property, string Name, RelationalTypeMapping Mapping, bool Nullable)
{
    public static PropertyColumn Of(IProperty property, StoreObjectIdentifier table, ISqlGenerationHelper sql) =>
        new(property, sql.DelimitIdentifier(property.GetColumnName(table)!), property.GetRelationalTypeMapping(), property.IsColumnNullable(table));
}
