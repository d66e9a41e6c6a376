using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Standards;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Traceability;

/// <summary>Rule 6 for one piece of equipment: three queries (equipment with calibrations, its standard, the reference graph).</summary>
public sealed class TraceabilityHandler(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ChainResponse> ChainAsync(string assetNo, DateOnly? on, CancellationToken ct)
    {
        var date = on ?? clock.Today();
        var equipment = await db.Equipment.AsNoTracking().VisibleTo(user).FindWithCalibrationsAsync(assetNo, ct);
        var standard = await db.MeasurementStandards.AsNoTracking().FirstAsync(x => x.Code == equipment.StandardCode, ct);
        var graph = await db.LoadReferenceGraphAsync(ct);
        var chain = TraceabilityChain.For(equipment, standard, graph, date);
        return new ChainResponse(equipment.AssetNo, date, chain.Valid, chain.Links);
    }

    /// <summary>Every piece of equipment the certificate's results used, each with its chain on the performance date.</summary>
    public async Task<CertificateChainResponse> CertificateChainAsync(string certificateNo, CancellationToken ct)
    {
        certificateNo = Identifiers.Normalize(certificateNo);
        var certificate = await db.Certificates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.CertificateNo == certificateNo, ct)
            ?? throw new NotFoundException("Certificate", certificateNo);
        var used = db.EquipmentUses.Where(u => u.WorkOrderId == certificate.WorkOrderId).Select(u => u.EquipmentId);
        var equipment = await db.Equipment.AsNoTracking().Include(e => e.Calibrations).Where(e => used.Contains(e.Id)).OrderBy(e => e.AssetNo).ToListAsync(ct);
        var codes = equipment.Select(e => e.StandardCode).Distinct().ToList();
        var standards = await db.MeasurementStandards.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        var graph = await db.LoadReferenceGraphAsync(ct);
        var chains = equipment
            .Select(e => (e.AssetNo, Chain: TraceabilityChain.For(e, standards[e.StandardCode], graph, certificate.PerformedOn)))
            .Select(x => new ChainResponse(x.AssetNo, certificate.PerformedOn, x.Chain.Valid, x.Chain.Links))
            .ToList();
        return new CertificateChainResponse(certificate.CertificateNo, certificate.PerformedOn, chains.Count > 0 && chains.All(c => c.Valid), chains);
    }
}
