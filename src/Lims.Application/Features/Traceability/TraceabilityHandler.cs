using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.StandardEquipment;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Traceability;

/// <summary>Rule 6 for one piece of equipment: three queries (equipment with calibrations, its standard, the reference graph).</summary>
public sealed class TraceabilityHandler(ILimsDb db, TimeProvider clock)
{
    public async Task<ChainResponse> ChainAsync(string assetNo, DateOnly? on, CancellationToken ct)
    {
        var date = on ?? clock.Today();
        var equipment = await db.Equipment.AsNoTracking().FindWithCalibrationsAsync(assetNo, ct);
        var standard = await db.MeasurementStandards.AsNoTracking().FirstAsync(x => x.Code == equipment.StandardCode, ct);
        var graph = await db.LoadReferenceGraphAsync(ct);
        var chain = TraceabilityChain.For(equipment, standard, graph, date);
        return new ChainResponse(equipment.AssetNo, date, chain.Valid, chain.Links);
    }
}
