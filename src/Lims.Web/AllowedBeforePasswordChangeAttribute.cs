namespace Lims.Web;

/// <summary>
/// Marks a page or route that a user whose password was reset may still reach (changing it,
/// signing out); the host sends such a user from every other one to <c>/account/password</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AllowedBeforePasswordChangeAttribute : Attribute;
