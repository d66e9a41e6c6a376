using System.Security.Claims;
using MudBlazor;

namespace Lims.Web.Layout;

/// <summary>One entry of the navigation: its text (a key of <c>Ui</c>), address, icon and who sees it.</summary>
/// <param name="External">Not a page of the interface (the jobs dashboard): opened with a full page load.</param>
public sealed record NavItem(string Section, string Label, string Href, string Icon, string Access, bool External = false);

/// <summary>
/// The navigation, in the order shown, grouped by section. A new screen adds its line here and
/// the same <see cref="Layout.Access"/> to its page's <c>[Authorize]</c>.
/// </summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavItem> Items =
    [
        new("前台", "收样台", "/reception", Icons.Material.Filled.Storefront, Access.Reception),
        new("前台", "新客户", "/reception/customers/new", Icons.Material.Filled.PersonAdd, Access.Reception),
        new("前台", "召回提醒", "/reception/recall", Icons.Material.Filled.Phone, Access.Reception),
        new("管理", "任务调度", "/ops/jobs", Icons.Material.Filled.Schedule, Access.Admin, External: true),
        new("管理", "接口文档", "/scalar", Icons.Material.Filled.Api, Access.Admin, External: true),
    ];

    public static IEnumerable<NavItem> For(ClaimsPrincipal user) =>
        Items.Where(item => Layout.Access.RolesOf(item.Access).Any(user.IsInRole));
}
