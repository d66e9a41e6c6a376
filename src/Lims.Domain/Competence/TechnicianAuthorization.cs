using Lims.Domain.Common;

namespace Lims.Domain.Competence;

/// <summary>
/// 检定员证 / 注册计量师: a technician's competence for one procedure, valid until a date
/// (rule 5: the performer must hold one valid on the performance date).
/// </summary>
public sealed class TechnicianAuthorization : IBelongsToLaboratory
{
    private TechnicianAuthorization()
    {
        UserName = ProcedureCode = CertificateNo = LaboratoryCode = GrantedBy = string.Empty;
    }

    public TechnicianAuthorization(string userName, string laboratoryCode, string procedureCode, string certificateNo, DateOnly validUntil, string grantedBy)
    {
        Id = Guid.CreateVersion7();
        UserName = userName;
        LaboratoryCode = laboratoryCode;
        GrantedBy = grantedBy;
        ProcedureCode = procedureCode;
        CertificateNo = certificateNo;
        ValidUntil = validUntil;
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    /// <summary>The technician's laboratory when it was granted: it counts for that laboratory's work only.</summary>
    public string LaboratoryCode { get; private set; }

    /// <summary>The quality manager of that laboratory who granted it (rule 13).</summary>
    public string GrantedBy { get; private set; }

    public string ProcedureCode { get; private set; }

    public string CertificateNo { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public bool CoversOn(string procedureCode, DateOnly on) => ProcedureCode == procedureCode && on <= ValidUntil;

    /// <summary>
    /// Throws <c>technician-not-authorised</c> unless one of <paramref name="held"/>, granted in the
    /// laboratory, covers the procedure on the date.
    /// </summary>
    public static void Ensure(IEnumerable<TechnicianAuthorization> held, string userName, string laboratoryCode, string procedureCode, DateOnly on)
    {
        if (!held.Any(a => a.UserName == userName && a.LaboratoryCode == laboratoryCode && a.CoversOn(procedureCode, on)))
        {
            throw new DomainRuleException("technician-not-authorised",
                $"{userName} holds no authorisation of laboratory {laboratoryCode} for {procedureCode} valid on {on:yyyy-MM-dd}. Its quality manager records a valid 检定员证 first.");
        }
    }
}
