using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Application.Features.Standards;
using Lims.Domain.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Standards;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.Traceability;

/// <summary>
/// Rule 13 after an out-of-tolerance finding: each affected certificate's customer is marked told,
/// one by one, with how, when and by whom, by the equipment's laboratory (rule 12).
/// </summary>
public sealed class CustomerNoticeHandler(ILimsDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<CustomerNoticeResponse> RecordAsync(CustomerNoticeRequest request, CancellationToken ct)
    {
        await RequestValidation.EnsureValidAsync(request, ct);
        var assetNo = Identifiers.Normalize(request.AssetNo!);
        var certificateNo = Identifiers.Normalize(request.CertificateNo!);
        var equipment = await db.Equipment.AsNoTracking().FindWithCalibrationsAsync(assetNo, ct);
        user.EnsureMayChange(equipment, nameof(Equipment), assetNo);
        var certificate = await db.Certificates.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(c => c.CertificateNo == certificateNo, ct)
            ?? throw new NotFoundException(nameof(Certificate), certificateNo);
        if (!await db.EquipmentUses.AnyAsync(u => u.EquipmentId == equipment.Id && u.WorkOrderId == certificate.WorkOrderId, ct))
        {
            throw new DomainRuleException(StandardsRuleCodes.CertificateNotAffected,
                $"The results of certificate {certificateNo} did not use equipment {assetNo}, so its customer has nothing to be told about it.");
        }

        if (await db.CustomerNotices.AnyAsync(n => n.EquipmentId == equipment.Id && n.CertificateNo == certificateNo, ct))
        {
            throw new ConflictException("already-told", $"The customer of certificate {certificateNo} is already recorded as told about equipment {assetNo}.");
        }

        var notice = new CustomerNotice(equipment, certificateNo, certificate.CustomerId, request.How!.Value, request.ToldOn ?? ChinaTime.Today(clock), user.UserName,
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), ChinaTime.Today(clock), clock.GetUtcNow());
        db.CustomerNotices.Add(notice);
        await db.SaveChangesAsync(ct);
        return CustomerNoticeResponse.From(notice);
    }
}
