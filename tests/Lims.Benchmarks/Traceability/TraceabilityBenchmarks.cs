using Lims.Application.Abstractions;
using BenchmarkDotNet.Attributes;
using Lims.Application.Common;
using Lims.Application.Features.Traceability;

namespace Lims.Benchmarks.Traceability;

/// <summary>
/// Walking one equipment's chain (6 reference levels), the reverse impact over 1,000,000 uses,
/// and the laboratory-wide audit over 10,000 pieces of equipment, each on a fresh DbContext.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TraceabilityBenchmarks
{
    private int _next;

    [GlobalSetup]
    public void Setup() => TraceabilityData.EnsureCreated();

    [Benchmark]
    public async Task<bool> WalkChain()
    {
        await using var db = TraceabilityData.Context();
        var chain = await new TraceabilityHandler(db, SystemUser.Instance, TimeProvider.System).ChainAsync(NextAssetNo(), null, CancellationToken.None);
        return chain.Valid;
    }

    [Benchmark]
    public async Task<int> Impact()
    {
        await using var db = TraceabilityData.Context();
        var impact = await new ImpactHandler(db, SystemUser.Instance, TimeProvider.System).ImpactAsync(new ImpactQuery(NextAssetNo(), null, null), CancellationToken.None);
        return impact.Count;
    }

    [Benchmark]
    public async Task<int> AuditAllEquipment()
    {
        await using var db = TraceabilityData.Context();
        var page = await new TraceabilityAuditHandler(db, SystemUser.Instance, TimeProvider.System).AuditAsync(null, new PageRequest(1, 50), CancellationToken.None);
        return page.Total;
    }

    private string NextAssetNo() => TraceabilityData.AssetNo(_next++ * 7919 % TraceabilityData.EquipmentCount);
}
