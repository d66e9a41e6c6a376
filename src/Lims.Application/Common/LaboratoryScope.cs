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
