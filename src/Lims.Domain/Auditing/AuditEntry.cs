using Lims.Domain.Common;

namespace Lims.Domain.Auditing;

/// <summary>
/// One line of the append-only audit trail (ISO/IEC 17025 7.5.2, 8.4): who changed which record,
/// when, and its values before and after. Written in the same save as the change itself; never
/// updated or deleted. Its key is made by the writer, not the database, so the lines go to the
/// database with the save's other inserts and nothing is read back.
/// </summary>
public sealed class AuditEntry : IMayBelongToLaboratory
{
    private AuditEntry()
    {
        User = Entity = Key = Changes = string.Empty;
    }

    public AuditEntry(Guid id, DateTimeOffset at, string user, string? laboratoryCode, AuditAction action, string entity, string key, string changes)
    {
        Id = id;
        At = at;
        User = user;
        LaboratoryCode = laboratoryCode;
        Action = action;
        Entity = entity;
        Key = key;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string User { get; private set; }

    /// <summary>
    /// The laboratory of the user who made the change (for system work, of the record changed); null
    /// for changes outside any laboratory (reference data, the first administrator's work).
    /// </summary>
    public string? LaboratoryCode { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The record's type, e.g. <c>Laboratory</c>.</summary>
    public string Entity { get; private set; }

    /// <summary>The record's key as text (its id, or several key parts joined by <c>|</c>).</summary>
    public string Key { get; private set; }

    /// <summary>JSON object: property name → <c>{ "before": …, "after": … }</c>.</summary>
    public string Changes { get; private set; }
}
