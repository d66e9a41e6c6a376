using Lims.Api.Tests.Support;
using Lims.Infrastructure.Jobs;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Recall;

/// <summary>What the recall tests do behind the API: verify an instrument, run the scan.</summary>
internal static class RecallHost
{
    /// <summary>Records a verification that makes the instrument due on <paramref name="dueOn"/> (certificates are issued elsewhere).</summary>
    public static async Task<Guid> MakeDueAsync(this ApiHost host, Guid instrumentId, DateOnly dueOn)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var instrument = await db.Instruments.SingleAsync(i => i.Id == instrumentId);
        instrument.RecordVerification(dueOn.AddMonths(-12), 12);
        await db.SaveChangesAsync();
        return instrumentId;
    }

    public static async Task RunRecallScanAsync(this ApiHost host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecallScanJob>().RunAsync(CancellationToken.None);
    }
}
