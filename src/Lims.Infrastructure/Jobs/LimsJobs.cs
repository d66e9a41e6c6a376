using Hangfire;
using Lims.Application.Common;
using Microsoft.Extensions.Options;

namespace Lims.Infrastructure.Jobs;

/// <summary>The recurring jobs, by their stable ids; registered at start-up and run on demand.</summary>
public sealed class LimsJobs(IRecurringJobManager recurring, IBackgroundJobClient client, IOptions<JobsOptions> options)
{
    public const string RecallScan = "recall-scan";
    public const string NotificationDelivery = "notification-delivery";

    public static readonly IReadOnlyList<string> Names = [RecallScan, NotificationDelivery];

    /// <summary>Adds or updates both recurring jobs (idempotent: every process may do it at start-up).</summary>
    public void RegisterRecurring()
    {
        var zone = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        recurring.AddOrUpdate<RecallScanJob>(RecallScan, job => job.RunAsync(CancellationToken.None), options.Value.RecallScanCron, zone);
        recurring.AddOrUpdate<NotificationDeliveryJob>(NotificationDelivery, job => job.RunAsync(CancellationToken.None), options.Value.NotificationDeliveryCron, zone);
    }

    /// <summary>Enqueues a run of the named job now; returns the Hangfire job id.</summary>
    public string RunNow(string jobName) => jobName switch
    {
        RecallScan => client.Enqueue<RecallScanJob>(job => job.RunAsync(CancellationToken.None)),
        NotificationDelivery => client.Enqueue<NotificationDeliveryJob>(job => job.RunAsync(CancellationToken.None)),
        _ => throw new NotFoundException("Job", jobName),
    };
}
