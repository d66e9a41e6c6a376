using Hangfire.Dashboard;
using Lims.Application.Common;

namespace Lims.Infrastructure.Jobs;

/// <summary>
/// The dashboard at <c>/ops/jobs</c> is for administrators. The user comes from the app's bearer
/// scheme (the Authorization header); Hangfire answers 401 when there is none and 403 otherwise.
/// </summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(Roles.Admin);
}
