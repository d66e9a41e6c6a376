namespace Lims.Application.Abstractions;

/// <summary>
/// Who is acting, and for which laboratory (rule 12): the signed-in user, or the system for work
/// no person does (scheduled jobs, start-up). Every handler scopes what it reads and changes by it
/// (<see cref="Common.LaboratoryScope"/>), so the API, the web interface, jobs and imports obey one
/// rule. Hosts fill it from the same claims (<see cref="LimsClaims"/>): the API from its bearer
/// token, the web interface from its cookie; <see cref="ClaimsCurrentUser"/> reads them, and
/// <see cref="SystemUser"/> stands for work outside any request.
/// </summary>
public interface ICurrentUser
{
    string UserName { get; }

    bool IsInRole(string role);

    /// <summary>The code of the user's laboratory (claim <c>laboratory</c>); null for system work and for a user of no laboratory.</summary>
    string? LaboratoryCode { get; }

    /// <summary>Whether the user's laboratory is the City laboratory (claim <c>laboratory_level</c> = <c>City</c>).</summary>
    bool IsCityLaboratory { get; }

    /// <summary>Work no person does (a scheduled job, start-up): it acts for every laboratory.</summary>
    bool IsSystem { get; }
}
