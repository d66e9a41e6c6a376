namespace Lims.Domain.Common;

/// <summary>
/// A rule of the domain refuses an action. <see cref="Code"/> is stable (kebab-case, e.g.
/// <c>technician-not-authorised</c>) and the message says it in words a technician understands.
/// The API answers 422 with the code.
/// </summary>
public class DomainRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
