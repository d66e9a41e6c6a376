using System.Linq.Expressions;
using Lims.Application.Abstractions;
using Lims.Domain.Instruments;
using Lims.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Lims.Application.Features.InstrumentTypes;

/// <summary>
/// Rule 16 for queries over many instruments: the (type, use) pairs under compulsory verification and
/// how each is verified, as the domain decides it (<see cref="InstrumentType.CompulsoryVerificationFor"/>)
/// for every type in the catalogue (tens of rows, read first). Queries then compare an instrument's
/// own <c>TypeCode</c> and <c>Usage</c> columns with those lists, on an index, with no JSON in SQL.
/// </summary>
public sealed class CompulsoryPairs
{
    private readonly IReadOnlyDictionary<string, InstrumentType> _types;

    private CompulsoryPairs(IEnumerable<InstrumentType> catalogue) => _types = catalogue.ToDictionary(t => t.Code);

    /// <summary>The types in the catalogue; the others are never compulsory.</summary>
    public static async Task<CompulsoryPairs> LoadAsync(ILimsDb db, CancellationToken ct) =>
        new(await db.InstrumentTypes.AsNoTracking().Where(t => t.Compulsory).ToListAsync(ct));

    /// <summary>How an instrument of that type and use is under compulsory verification; null when it is not.</summary>
    public CompulsoryVerification? For(string typeCode, InstrumentUsage usage) =>
        _types.TryGetValue(typeCode, out var type) ? type.CompulsoryVerificationFor(usage) : null;

    /// <summary>The catalogue's types verified <paramref name="way"/> (whatever the use of an instrument).</summary>
    public List<string> TypeCodes(CompulsoryVerification way) =>
        [.. _types.Values.Where(t => t.CompulsoryVerification == way).Select(t => t.Code).Order(StringComparer.Ordinal)];

    /// <summary>The type codes under compulsory verification for <paramref name="usage"/>, verified <paramref name="way"/> (either when null).</summary>
    public List<string> TypeCodes(InstrumentUsage usage, CompulsoryVerification? way = null) =>
        [.. _types.Values.Where(t => t.CompulsoryVerificationFor(usage) is { } w && (way is null || w == way)).Select(t => t.Code).Order(StringComparer.Ordinal)];

    /// <summary>For SQL written by hand: each of the law's four uses with the type codes compulsory for it, verified <paramref name="way"/> (either when null).</summary>
    public IEnumerable<(InstrumentUsage Usage, List<string> TypeCodes)> ByUse(CompulsoryVerification? way = null) =>
        InstrumentType.LegalUses.Select(usage => (usage, TypeCodes(usage, way)));

    /// <summary>
    /// Rule 10 with rule 16, the instruments the recall reminds: those under periodic compulsory
    /// verification, and those not under compulsory verification whose customer asked for reminders
    /// (<paramref name="customerAsked"/>). Never one verified initially only.
    /// </summary>
    public Expression<Func<Instrument, bool>> Reminded(Expression<Func<Instrument, bool>> customerAsked)
    {
        var periodic = Under(CompulsoryVerification.Periodic);
        var i = periodic.Parameters[0];
        var optional = Expression.AndAlso(ParameterSwap.Replace(NotUnder(), i), ParameterSwap.Replace(customerAsked, i));
        return Expression.Lambda<Func<Instrument, bool>>(Expression.OrElse(periodic.Body, optional), i);
    }

    /// <summary>Instruments under compulsory verification, verified <paramref name="way"/> (either when null).</summary>
    public Expression<Func<Instrument, bool>> Under(CompulsoryVerification? way = null)
    {
        var (trade, health, safety, environment) = ByLegalUse(way);
        return i => (i.Usage == InstrumentUsage.TradeSettlement && trade.Contains(i.TypeCode))
            || (i.Usage == InstrumentUsage.HealthCare && health.Contains(i.TypeCode))
            || (i.Usage == InstrumentUsage.SafetyProtection && safety.Contains(i.TypeCode))
            || (i.Usage == InstrumentUsage.EnvironmentalMonitoring && environment.Contains(i.TypeCode));
    }

    /// <summary>Instruments not under compulsory verification verified <paramref name="way"/> (not at all when null).</summary>
    public Expression<Func<Instrument, bool>> NotUnder(CompulsoryVerification? way = null)
    {
        var under = Under(way);
        return Expression.Lambda<Func<Instrument, bool>>(Expression.Not(under.Body), under.Parameters);
    }

    // Only the Metrology Law's four uses can be compulsory (CompulsoryScope refuses any other).
    private (List<string> Trade, List<string> Health, List<string> Safety, List<string> Environment) ByLegalUse(CompulsoryVerification? way) =>
        (TypeCodes(InstrumentUsage.TradeSettlement, way), TypeCodes(InstrumentUsage.HealthCare, way),
            TypeCodes(InstrumentUsage.SafetyProtection, way), TypeCodes(InstrumentUsage.EnvironmentalMonitoring, way));

    /// <summary>The body of a one-parameter lambda, on another parameter.</summary>
    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        public static Expression Replace(Expression<Func<Instrument, bool>> lambda, ParameterExpression to) =>
            new ParameterSwap(lambda.Parameters[0], to).Visit(lambda.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
