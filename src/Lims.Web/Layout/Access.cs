using Lims.Application.Common;

namespace Lims.Web.Layout;

/// <summary>
/// Who may open each area of the interface, as role lists for <c>[Authorize(Roles = …)]</c> and for
/// the navigation; the same roles as the API's routes for the same work.
/// </summary>
public static class Access
{
    public const string Reception = Roles.Reception + "," + Roles.Admin;

    public const string Admin = Roles.Admin;

    public static IReadOnlyList<string> RolesOf(string access) => access.Split(',');
}
