namespace Lims.Domain.ProcedureTemplates;

/// <summary>The <see cref="Common.DomainRuleException.Code"/> values of templates and worksheets.</summary>
public static class TemplateRuleCodes
{
    public const string TemplateInvalid = "template-invalid";
    public const string ParametersRequired = "parameters-required";
    public const string ParametersInvalid = "parameters-invalid";
    public const string IncompleteResults = "incomplete-results";
    public const string ReadingsCount = "readings-count-mismatch";
    public const string UnknownTestItem = "unknown-test-item";
    public const string EquipmentUncertaintyUnreadable = "equipment-uncertainty-unreadable";
}
