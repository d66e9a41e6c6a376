using System.Linq.Expressions;

namespace Lims.Benchmarks.Reports.Baseline;

/// <summary>
/// A frozen copy of the report's IntervalWindow, for <see cref="BaselineKpiReportHandler"/>.
/// The first day of a verification interval that ends on a given day, for an interval in months
/// read from a column. Providers disagree on month arithmetic in SQL (SQLite does not clamp
/// 31 March − 1 month to 28/29 February), so the dates are computed here with
/// <see cref="DateOnly.AddMonths"/> for each interval in use, and the query gets a CASE over them.
/// </summary>
internal static class IntervalWindow
{
    /// <summary>A marker for queries; <see cref="Expand{T}"/> replaces it before EF sees it.</summary>
    public static DateOnly Start(int intervalMonths) =>
        throw new InvalidOperationException("IntervalWindow.Start only marks a place in a query; call IntervalWindow.Expand on it.");

    /// <summary>Replaces every <see cref="Start"/> call with <c>CASE months WHEN m THEN end − m months … END</c>.</summary>
    public static Expression<T> Expand<T>(Expression<T> query, DateOnly end, IEnumerable<int> intervalsInUse)
    {
        var starts = intervalsInUse.Distinct().Order().ToDictionary(m => m, m => end.AddMonths(-m));
        return (Expression<T>)new Expander(starts).Visit(query);
    }

    private sealed class Expander(IReadOnlyDictionary<int, DateOnly> starts) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(IntervalWindow) || node.Method.Name != nameof(Start))
            {
                return base.VisitMethodCall(node);
            }

            var months = Visit(node.Arguments[0]);
            // No interval matches (a type added since): a start after every date, so nothing is within.
            Expression result = Expression.Constant(DateOnly.MaxValue);
            foreach (var (interval, start) in starts)
            {
                result = Expression.Condition(Expression.Equal(months, Expression.Constant(interval)), Expression.Constant(start), result);
            }

            return result;
        }
    }
}
