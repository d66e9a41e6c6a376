using Lims.Application.Abstractions;
using Lims.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace Lims.Infrastructure.Persistence.Numbering;

/// <summary>
/// Draws a number with one upsert that returns the new value: no read after the write, and no
/// failed insert to recover from when two transactions create a year's counter at once (the
/// database settles that race on the primary key).
/// </summary>
internal sealed class SqlNumberSequences(LimsDbContext db) : INumberSequences
{
    private const string Insert = """
        INSERT INTO "NumberSequences" ("LaboratoryCode", "Kind", "Year", "LastValue") VALUES ({0}, {1}, {2}, {3})
        ON CONFLICT ("LaboratoryCode", "Kind", "Year") DO UPDATE SET "LastValue" = "NumberSequences"."LastValue" + {3}
        RETURNING "LastValue" AS "Value"
        """;

    // HOLDLOCK keeps the key range locked between MERGE's look-up and its insert.
    private const string Merge = """
        MERGE "NumberSequences" WITH (HOLDLOCK) AS s
        USING (SELECT {0} AS "LaboratoryCode", {1} AS "Kind", {2} AS "Year", {3} AS "Count") AS k
        ON s."LaboratoryCode" = k."LaboratoryCode" AND s."Kind" = k."Kind" AND s."Year" = k."Year"
        WHEN MATCHED THEN UPDATE SET "LastValue" = s."LastValue" + k."Count"
        WHEN NOT MATCHED THEN INSERT ("LaboratoryCode", "Kind", "Year", "LastValue") VALUES (k."LaboratoryCode", k."Kind", k."Year", k."Count")
        OUTPUT inserted."LastValue" AS "Value";
        """;

    public async Task<long> NextAsync(string laboratoryCode, NumberKind kind, int year, int count, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Numbers are drawn inside the transaction that uses them.");
        }

        var sql = db.Database.IsSqlServer() ? Merge : Insert;
        var values = await db.Database.SqlQueryRaw<long>(sql, laboratoryCode, kind.ToString(), year, count).ToListAsync(ct);
        return values.Single();
    }
}
