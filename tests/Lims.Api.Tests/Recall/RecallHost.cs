using Lims.Api.Tests.Support;
using Lims.Infrastructure.Jobs;
using Lims.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Recall;

/// <summary>What the recall tests do behind the API: verify an instrument, take equipment out of service by hand, run the scan.</summary>
internal static class RecallHost
{
    /// <summary>Records a verification that makes the instrument due on <paramref name="dueOn"/> (certificates are issued elsewhere).</summary>
    public static async Task<Guid> MakeDueAsync(this ApiHost host, Guid instrumentId, DateOnly dueOn)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var instrument = await db.Instruments.SingleAsync(i => i.Id == instrumentId);
        var type = await db.InstrumentTypes.SingleAsync(t => t.Code == instrument.TypeCode);
        instrument.RecordVerification(dueOn.AddMonths(-type.IntervalMonths), type);
        await db.SaveChangesAsync();
        return instrumentId;
    }

    /// <summary>停用 by hand (<c>Equipment.TakeOutOfService</c>): the API has no route for it.</summary>
    public static async Task TakeOutOfServiceAsync(this ApiHost host, string assetNo, DateOnly since, string reason)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LimsDbContext>();
        var equipment = await db.Equipment.SingleAsync(e => e.AssetNo == assetNo);
        equipment.TakeOutOfService(since, reason);
        await db.SaveChangesAsync();
    }

    public static async Task RunRecallScanAsync(this ApiHost host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecallScanJob>().RunAsync(CancellationToken.None);
    }
}
