using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lims.Api.Endpoints;

public static class ReportEndpoints
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");

        group.MapGet("/kpi", async Task<Results<Ok<KpiReport>, FileContentHttpResult>> ([AsParameters] KpiQuery query, KpiReportHandler handler, KpiExport export, CancellationToken ct) =>
            {
                var report = await handler.ReportAsync(query, ct);
                if (query.FormatOrDefault == "json")
                {
                    return TypedResults.Ok(report);
                }

                var file = export.Write(report, query.FormatOrDefault);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireRoles(Roles.QualityManager, Roles.Admin)
            .WithSummary("The city plan's indicators for a year (受检率, 合格率, 计量标准, 社会公用计量标准, 免征金额, certificates, turnaround), city-wide or for one laboratory; format json, csv (UTF-8 with BOM) or xlsx")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapPublicAnnouncements(this RouteGroupBuilder api) =>
        api.MapGet("/public/announcements", ([AsParameters] AnnouncementQuery query, AnnouncementHandler handler, CancellationToken ct) =>
                handler.ForCustomerAsync(query, ct))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public)
            .WithTags("Public")
            .WithSummary("强制检定结果公示: each active compulsory instrument at the site with its latest verification and valid-until; the site's name and nothing else about the customer")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
