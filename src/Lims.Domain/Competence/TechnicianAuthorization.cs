using Lims.Domain.Common;

namespace Lims.Domain.Competence;

/// <summary>
/// 检定员证 / 注册计量师: a technician's competence for one procedure, valid until a date
/// (rule 5: the performer must hold one valid on the performance date).
/// </summary>
public sealed class TechnicianAuthorization
{
    private TechnicianAuthorization()
    {
        UserName = ProcedureCode = CertificateNo = string.Empty;
    }

    public TechnicianAuthorization(string userName, string procedureCode, string certificateNo, DateOnly validUntil)
    {
        Id = Guid.CreateVersion7();
        UserName = userName;
        ProcedureCode = procedureCode;
        CertificateNo = certificateNo;
        ValidUntil = validUntil;
    }

    public Guid Id { get; private set; }

    public string UserName { get; private set; }

    public string ProcedureCode { get; private set; }

    public string CertificateNo { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public bool CoversOn(string procedureCode, DateOnly on) => ProcedureCode == procedureCode && on <= ValidUntil;

    /// <summary>Throws <c>technician-not-authorised</c> unless one of <paramref name="held"/> covers the procedure on the date.</summary>
    public static void Ensure(IEnumerable<TechnicianAuthorization> held, string userName, string procedureCode, DateOnly on)
    {
        if (!held.Any(a => a.UserName == userName && a.CoversOn(procedureCode, on)))
        {
            throw new DomainRuleException("technician-not-authorised",
                $"{userName} holds no authorisation for {procedureCode} valid on {on:yyyy-MM-dd}. Record a valid 检定员证 first.");
        }
    }
}
