namespace Lims.Api.Tests.Security;

/// <summary>
/// The laboratory scope decision of a route (rules 12–13), which <see cref="ScopeMatrixTests"/>
/// turns into what each caller must get: a user of the record's laboratory, a user of another
/// laboratory, the City laboratory's quality manager.
/// </summary>
internal enum RouteScope
{
    /// <summary>
    /// One record of a laboratory (or a read or action on it): its own users are let through,
    /// another laboratory's get 404, the City quality manager reads it (200) and changes nothing (403).
    /// </summary>
    Record,

    /// <summary>
    /// A list or a shared record that shows a laboratory's records: answered to everyone, the
    /// laboratory's records (the case's marker) shown to its own users and the City quality manager only.
    /// </summary>
    Listed,

    /// <summary>
    /// Makes a record in the caller's own laboratory: its own users are let through, anyone else
    /// naming that laboratory (or its standard) is refused with the case's code.
    /// </summary>
    MadeInOwnLaboratory,

    /// <summary>A user account, managed by its laboratory's administrators (and the City's): another laboratory's is 404.</summary>
    Account,

    /// <summary>The city's shared registry and reference data: every laboratory's users alike.</summary>
    Shared,

    /// <summary>The caller's own session and account (sign-out, password, who am I).</summary>
    Caller,

    /// <summary>Anonymous public routes.</summary>
    Public,
}
