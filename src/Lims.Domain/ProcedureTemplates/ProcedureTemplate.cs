using Lims.Domain.Common;

namespace Lims.Domain.ProcedureTemplates;

/// <summary>
/// One version of a procedure's template (rule 14). Versions are never changed: a new version is
/// a new record. A laboratory's versions are its own; the shipped ones (no laboratory) serve every
/// laboratory that has none of its own. A work order keeps the version it was measured with.
/// </summary>
public sealed class ProcedureTemplate : IHasCode, IMayBelongToLaboratory
{
    private ProcedureTemplate()
    {
        ProcedureCode = Definition = CreatedBy = string.Empty;
    }

    public ProcedureTemplate(string procedureCode, string? laboratoryCode, int number, string definition, DateTimeOffset createdAt, string createdBy, Guid? basedOn)
    {
        Id = Guid.CreateVersion7();
        ProcedureCode = procedureCode;
        LaboratoryCode = laboratoryCode;
        Number = number;
        Definition = definition;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        BasedOn = basedOn;
    }

    public Guid Id { get; private set; }

    public string ProcedureCode { get; private set; }

    /// <summary>The laboratory that made this version; null for a template shipped with Lims.</summary>
    public string? LaboratoryCode { get; private set; }

    /// <summary>1, 2, … within the procedure and laboratory (or the shipped line).</summary>
    public int Number { get; private set; }

    /// <summary>The <see cref="TemplateDefinition"/> as JSON.</summary>
    public string Definition { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>The version this one was made from, when any (a laboratory's first version of a shipped template).</summary>
    public Guid? BasedOn { get; private set; }

    /// <summary>"JJG 539-2016 v2 (JM)" in the audit trail.</summary>
    string IHasCode.Code => $"{ProcedureCode} v{Number}{(LaboratoryCode is null ? "" : $" ({LaboratoryCode})")}";
}
