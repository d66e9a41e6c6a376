namespace Lims.Infrastructure.Jobs;

/// <summary>A run enqueued by <c>POST /api/jobs/{jobName}/run</c>: its Hangfire job id.</summary>
public sealed record JobRunResponse(string JobId, string JobName);
