using FluentValidation;

namespace Lims.Application.Common;

public static class MoneyRules
{
    /// <summary>CNY in yuan with at most two decimals (fen), from 0 up to one hundred million.</summary>
    public static IRuleBuilderOptions<T, decimal?> Money<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, 100_000_000m).PrecisionScale(12, 2, ignoreTrailingZeros: true);
}
