using FluentValidation;

namespace Lims.Application.Common;

public static class UpdateRules
{
    /// <summary>The version read earlier; required unless the client sends <c>If-Match</c>.</summary>
    public static IRuleBuilderOptions<T, int?> ValidVersion<T>(this IRuleBuilder<T, int?> rule) =>
        rule.GreaterThanOrEqualTo(0);
}
