using Lims.Application.Abstractions;
using Lims.Domain.Common;

namespace Lims.Application.Common;

/// <summary>
/// Rule 12, for every handler and query: a laboratory's work is seen and changed only by its own
/// users; to everyone else it does not exist (404, and never in a list or a count). Quality
/// managers of the City laboratory read every laboratory's records and change none but their own
/// laboratory's. System work (jobs, start-up) acts for every laboratory. A user of no laboratory
/// sees no laboratory's work.
/// </summary>
public static class LaboratoryScope
{
    /// <summary>Outside its own laboratory the City quality manager reads only (403 with this code).</summary>
    public const string ReadOnlyOutsideLaboratory = "read-only-outside-laboratory";

    public static bool ReadsEveryLaboratory(this ICurrentUser user) =>
        user.IsSystem || (user.IsCityLaboratory && user.IsInRole(Roles.QualityManager));

    public static bool MayRead(this ICurrentUser user, string laboratoryCode) =>
        user.ReadsEveryLaboratory() || (user.LaboratoryCode is { } own && own == laboratoryCode);

    public static bool MayChange(this ICurrentUser user, string laboratoryCode) =>
        user.IsSystem || (user.LaboratoryCode is { } own && own == laboratoryCode);

    /// <summary>
    /// Administrators of the City laboratory (and the first administrator, of no laboratory) manage
    /// users and laboratories everywhere; a county's administrator manages its own users only.
    /// </summary>
    public static bool AdministersEveryLaboratory(this ICurrentUser user) =>
        user.IsSystem || (user.IsInRole(Roles.Admin) && (user.LaboratoryCode is null || user.IsCityLaboratory));

    /// <summary>
    /// The laboratory a new record of the user's work belongs to: their own. <paramref name="named"/>,
    /// the laboratory the request names, may be left out or must be it (else 422
    /// <paramref name="refusalCode"/>); a user of no laboratory makes none (422 <c>no-laboratory</c>).
    /// System work names the laboratory itself.
    /// </summary>
    public static string OwnLaboratoryFor(this ICurrentUser user, string? named, string refusalCode, string what)
    {
        if (user.IsSystem)
        {
            return string.IsNullOrEmpty(named) ? throw new DomainRuleException("no-laboratory", $"Name the laboratory of the {what}.") : named;
        }

        var own = user.LaboratoryCode
            ?? throw new DomainRuleException("no-laboratory", $"{user.UserName} belongs to no laboratory, and a {what} is registered in its maker's own laboratory. Ask an administrator to give you one.");
        if (!string.IsNullOrEmpty(named) && named != own)
        {
            throw new DomainRuleException(refusalCode,
                $"You register a {what} in your own laboratory, {own}, not in {named}. Leave the laboratory out, or name {own}; {named}'s own people register theirs.");
        }

        return own;
    }

    /// <summary>
    /// The laboratory a review or report covers: the one asked for, when the user reads it (else 404,
    /// as if there were none); when none is asked for, the user's own, or null (every laboratory) for
    /// those who read them all. A user of no laboratory reviews none (403 <c>no-laboratory</c>).
    /// </summary>
    public static string? LaboratoryToReview(this ICurrentUser user, string? asked)
    {
        if (!string.IsNullOrEmpty(asked))
        {
            return user.MayRead(asked) ? asked : throw new NotFoundException("Laboratory", asked);
        }

        if (user.ReadsEveryLaboratory())
        {
            return null;
        }

        return user.LaboratoryCode
            ?? throw new ForbiddenException("no-laboratory", $"{user.UserName} belongs to no laboratory; this covers a laboratory's records (the City quality managers': the whole city's).");
    }

    /// <summary>The records the user may read: all of them, or their laboratory's (none without a laboratory).</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, ICurrentUser user)
        where T : IBelongsToLaboratory
    {
        if (user.ReadsEveryLaboratory())
        {
            return records;
        }

        var own = user.LaboratoryCode;
        return own is null ? records.Where(_ => false) : records.Where(r => r.LaboratoryCode == own);
    }

    /// <summary>
    /// Records that may belong to no laboratory (audit lines, reminders): those of none are the city's
    /// shared records, seen by everyone; the others as <see cref="VisibleTo{T}(IQueryable{T}, ICurrentUser)"/>.
    /// </summary>
    public static IQueryable<T> SharedOrVisibleTo<T>(this IQueryable<T> records, ICurrentUser user)
        where T : IMayBelongToLaboratory
    {
        if (user.ReadsEveryLaboratory())
        {
            return records;
        }

        var own = user.LaboratoryCode;
        return own is null ? records.Where(r => r.LaboratoryCode == null) : records.Where(r => r.LaboratoryCode == null || r.LaboratoryCode == own);
    }

    /// <summary>
    /// Throws <see cref="NotFoundException"/> for a record of a laboratory the user does not see,
    /// as if it did not exist; nothing else.
    /// </summary>
    public static void EnsureMayRead(this ICurrentUser user, IBelongsToLaboratory record, string entity, string key)
    {
        if (!user.MayRead(record.LaboratoryCode))
        {
            throw new NotFoundException(entity, key);
        }
    }

    /// <summary>
    /// As <see cref="EnsureMayRead"/>, and <see cref="ForbiddenException"/> for a record the user
    /// reads but may not change (the City quality manager's view of a county's work).
    /// </summary>
    public static void EnsureMayChange(this ICurrentUser user, IBelongsToLaboratory record, string entity, string key)
    {
        user.EnsureMayRead(record, entity, key);
        if (!user.MayChange(record.LaboratoryCode))
        {
            throw new ForbiddenException(ReadOnlyOutsideLaboratory,
                $"{entity} {key} belongs to laboratory {record.LaboratoryCode}. The City quality managers read every laboratory's records but change only their own laboratory's.");
        }
    }
}
