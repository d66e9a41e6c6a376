namespace Lims.Infrastructure.Persistence.Auditing;

/// <summary>
/// Who the audit trail names for a record's change when it is not the current user: in a save
/// that carries several users' work (an intake batch), each record's own author. One per scope,
/// shared by the context (<c>ILimsDb.AttributeTo</c>) and the <see cref="AuditTrailWriter"/>,
/// which takes the names for the save it writes.
/// </summary>
public sealed class AuditAuthors
{
    private readonly Dictionary<object, string> _authors = new(ReferenceEqualityComparer.Instance);

    public void Name(object entity, string userName) => _authors[entity] = userName;

    public string? Of(object entity) => _authors.GetValueOrDefault(entity);

    public void Clear() => _authors.Clear();
}
