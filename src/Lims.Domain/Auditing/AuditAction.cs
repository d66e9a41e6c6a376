namespace Lims.Domain.Auditing;

public enum AuditAction
{
    Insert,
    Update,
    Delete,
}
