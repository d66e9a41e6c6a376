using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Notifications;
using Lims.Application.Features.Recall;
using Lims.Infrastructure.Jobs;

namespace Lims.Api.Endpoints;

public static class RecallEndpoints
{
    public static void MapRecall(this RouteGroupBuilder api)
    {
        api.MapGet("/recalls/due", ([AsParameters] RecallDueQuery query, [AsParameters] PageRequest page, RecallQueries queries, CancellationToken ct) =>
                queries.DueAsync(query, page, ct))
            .WithTags("Recall")
            .WithSummary("Instruments due for verification within `within` days (0–366, default the reminder window) or overdue, soonest first, with the customer to remind; instruments never verified have no due date and are not listed");

        api.MapGet("/notifications", ([AsParameters] NotificationQuery query, [AsParameters] PageRequest page, NotificationQueries queries, CancellationToken ct) =>
                queries.ListAsync(query, page, ct))
            .RequireRoles(Roles.QualityManager, Roles.Admin, Roles.Reception)
            .WithTags("Recall")
            .WithSummary("Reminders written by the scheduled jobs, newest first, by status (Pending, Sent, Failed), kind and customer; Failed ones without e-mail are to be phoned");

        api.MapPost("/jobs/{jobName}/run", (string jobName, LimsJobs jobs) =>
            {
                var jobId = jobs.RunNow(jobName);
                return TypedResults.Accepted($"{JobsSetup.DashboardPath}/jobs/details/{jobId}", new JobRunResponse(jobId, jobName));
            })
            .RequireRoles(Roles.Admin)
            .WithTags("Jobs")
            .WithSummary("Run a recurring job now (`recall-scan` or `notification-delivery`) through Hangfire; 202 with its job id")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
