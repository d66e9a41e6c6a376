using Lims.Domain.Common;

namespace Lims.Domain.Standards;

/// <summary>
/// 告知记录: the customer of a certificate told that it may be wrong, because equipment its results
/// used was found out of tolerance (rules 7 and 13): how (phone, letter, e-mail), on which day, by
/// whom. One per certificate and piece of equipment; the impact list shows who is still to be told.
/// </summary>
public sealed class CustomerNotice : IBelongsToLaboratory
{
    private CustomerNotice()
    {
        AssetNo = CertificateNo = LaboratoryCode = ToldBy = string.Empty;
    }

    public CustomerNotice(Equipment equipment, string certificateNo, Guid customerId, NoticeMethod how, DateOnly toldOn, string toldBy, string? note, DateOnly today, DateTimeOffset recordedAt)
    {
        if (toldOn > today)
        {
            throw new DomainRuleException(StandardsRuleCodes.ToldOnInFuture, $"The customer cannot have been told on {toldOn:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}). Record it once they are told.");
        }

        Id = Guid.CreateVersion7();
        EquipmentId = equipment.Id;
        AssetNo = equipment.AssetNo;
        LaboratoryCode = equipment.LaboratoryCode;
        CertificateNo = certificateNo;
        CustomerId = customerId;
        How = how;
        ToldOn = toldOn;
        ToldBy = toldBy;
        Note = note;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid EquipmentId { get; private set; }

    /// <summary>The equipment's asset number, for people reading the record and its audit line.</summary>
    public string AssetNo { get; private set; }

    public string LaboratoryCode { get; private set; }

    public string CertificateNo { get; private set; }

    public Guid CustomerId { get; private set; }

    public NoticeMethod How { get; private set; }

    public DateOnly ToldOn { get; private set; }

    /// <summary>The user who told the customer and recorded it.</summary>
    public string ToldBy { get; private set; }

    /// <summary>Whom they spoke to or wrote to, what was agreed.</summary>
    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

public enum NoticeMethod
{
    Phone,
    Letter,
    Email,
}
