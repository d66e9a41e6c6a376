namespace Lims.Infrastructure.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public JobRole Role { get; set; } = JobRole.All;

    /// <summary>False: no Hangfire server in this process whatever the role (tests, maintenance).</summary>
    public bool BackgroundServer { get; set; } = true;

    /// <summary>Hangfire workers in this process.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>Cron of <c>recall-scan</c>, Asia/Shanghai: daily at 02:00.</summary>
    public string RecallScanCron { get; set; } = "0 2 * * *";

    /// <summary>Cron of <c>notification-delivery</c>: every 5 minutes.</summary>
    public string NotificationDeliveryCron { get; set; } = "*/5 * * * *";

    public bool ServesHttp => Role != JobRole.Worker;

    public bool RunsServer => BackgroundServer && Role != JobRole.Api;
}
