namespace Lims.Application.Common;

/// <summary>The six roles of the laboratory. A user may hold several.</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Reception = nameof(Reception);
    public const string Technician = nameof(Technician);

    /// <summary>核验员: checks the technician's work.</summary>
    public const string Reviewer = nameof(Reviewer);

    /// <summary>批准人: the authorised signatory.</summary>
    public const string Approver = nameof(Approver);
    public const string QualityManager = nameof(QualityManager);

    public static readonly IReadOnlyList<string> All = [Admin, Reception, Technician, Reviewer, Approver, QualityManager];
}
