namespace Lims.Application.Abstractions;

/// <summary>Work no person does: scheduled jobs and start-up. It belongs to no laboratory and acts for all.</summary>
public sealed class SystemUser : ICurrentUser
{
    public const string Name = "system";

    public static readonly SystemUser Instance = new();

    public string UserName => Name;

    public bool IsInRole(string role) => false;

    public string? LaboratoryCode => null;

    public bool IsCityLaboratory => false;

    public bool IsSystem => true;
}
