namespace Lims.Application.Common;

/// <summary>
/// The caller may see the record but not do this to it (403): a City quality manager changing
/// another laboratory's record, an administrator granting a competence that only the technician's
/// quality manager may grant.
/// </summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
