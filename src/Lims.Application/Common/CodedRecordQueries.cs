using Lims.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Common;

public static class CodedRecordQueries
{
    public static async Task<T> GetByCodeAsync<T>(this IQueryable<T> records, string code, CancellationToken ct)
        where T : class, IHasCode =>
        await records.FirstOrDefaultAsync(x => x.Code == code, ct)
        ?? throw new NotFoundException(typeof(T).Name, code);

    /// <summary>
    /// A friendly 409 before the insert; the unique index still decides when two requests race.
    /// </summary>
    public static async Task EnsureCodeIsFreeAsync<T>(this IQueryable<T> records, string code, CancellationToken ct)
        where T : class, IHasCode
    {
        if (await records.AnyAsync(x => x.Code == code, ct))
        {
            throw new ConflictException("duplicate-code", $"A {typeof(T).Name} with code '{code}' already exists.");
        }
    }
}
