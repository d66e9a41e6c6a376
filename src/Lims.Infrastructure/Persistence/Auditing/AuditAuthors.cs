namespace Lims.Infrastructure.Persistence.Auditing;

/// <summary>
/// Who (and of which laboratory) the audit trail names for a record's change when it is not the
/// current user: in a save that carries several users' work (an intake batch), each record's own
/// author. One per scope, shared by the context (<c>ILimsDb.AttributeTo</c>) and the
/// <see cref="AuditTrailWriter"/>, which takes the names for the save it writes.
/// </summary>
public sealed class AuditAuthors
{
    private readonly Dictionary<object, (string UserName, string? LaboratoryCode)> _authors = new(ReferenceEqualityComparer.Instance);

    public void Name(object entity, string userName, string? laboratoryCode) => _authors[entity] = (userName, laboratoryCode);

    public (string UserName, string? LaboratoryCode)? Of(object entity) => _authors.TryGetValue(entity, out var author) ? author : null;

    public void Clear() => _authors.Clear();
}
