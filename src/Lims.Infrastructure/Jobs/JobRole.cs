namespace Lims.Infrastructure.Jobs;

/// <summary>Configuration <c>Jobs:Role</c>: what this process of the one executable does.</summary>
public enum JobRole
{
    /// <summary>The HTTP API and the job workers (the default).</summary>
    All,

    /// <summary>The HTTP API only: jobs are enqueued into the shared storage, workers elsewhere run them.</summary>
    Api,

    /// <summary>Job workers only; HTTP serves <c>/health</c> and nothing else.</summary>
    Worker,
}
