using System.Globalization;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Standards;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Traceability;

/// <summary>
/// Reverse traceability (rule 7): which work orders used a piece of equipment in a window, and
/// whether each certificate's customer was told (rule 13). By default the window runs from its last
/// passing calibration before it was found out of tolerance (or before today) to today. One
/// set-based query over the (EquipmentId, PerformedOn) index.
/// </summary>
public sealed class ImpactHandler(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ImpactResponse> ImpactAsync(ImpactQuery query, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(query, ct);
        var equipment = await db.Equipment.AsNoTracking().VisibleTo(user).FindWithCalibrationsAsync(query.AssetNo!, ct);
        return await ForAsync(equipment, query.From, query.To, ct);
    }

    public async Task<ImpactResponse> ForAsync(Equipment equipment, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var foundOn = equipment.Status == EquipmentStatus.OutOfTolerance ? equipment.StatusSince!.Value : today;
        var lastPass = equipment.LastPassingCalibrationBefore(foundOn);
        var start = from ?? lastPass?.CalibratedOn;
        var end = to ?? today;
        var window = from is not null
            ? "as requested"
            : lastPass is not null
                ? $"since the last passing calibration ({lastPass.CertificateNo} of {Format(lastPass.CalibratedOn)}) before {Format(foundOn)}"
                : $"every recorded use: there is no passing calibration before {Format(foundOn)}";

        var uses = db.EquipmentUses.AsNoTracking().Where(u => u.EquipmentId == equipment.Id && u.PerformedOn <= end);
        if (start is { } s)
        {
            uses = uses.Where(u => u.PerformedOn >= s);
        }

        var affected = await (
                from u in uses
                join w in db.WorkOrders.VisibleTo(user) on u.WorkOrderId equals w.Id
                join customer in db.Customers on w.CustomerId equals customer.Id
                join c in db.EquipmentCalibrations on u.CalibrationId equals (Guid?)c.Id into cs
                from c in cs.DefaultIfEmpty()
                join issued in db.Certificates.Where(x => x.SupersededBy == null) on w.Id equals issued.WorkOrderId into certificates
                from issued in certificates.DefaultIfEmpty()
                join n in db.CustomerNotices.Where(n => n.EquipmentId == equipment.Id) on issued.CertificateNo equals n.CertificateNo into notices
                from n in notices.DefaultIfEmpty()
                orderby u.PerformedOn, w.Number
                select new AffectedWorkOrder(u.WorkOrderId, w.Number, u.PerformedOn, u.CalibrationId, c == null ? null : c.CertificateNo,
                    issued == null ? null : issued.CertificateNo, issued == null ? null : issued.Kind, customer.Id, customer.Name, customer.ContactName, customer.Phone,
                    n == null ? null : new CustomerTold(n.How, n.ToldOn, n.ToldBy, n.Note)))
            .ToListAsync(ct);
        var stillToTell = affected.Count(a => a.CertificateNo is not null && a.Told is null);
        return new ImpactResponse(equipment.AssetNo, equipment.Status, start, end, window, affected.Count, stillToTell, affected);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
