using FluentValidation;

namespace Lims.Application.Common;

public static class TextRules
{
    /// <summary>Required, at most <paramref name="maxLength"/> characters, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength).PlainText();

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).PlainText();

    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || !text.Any(char.IsControl))
            .WithMessage("'{PropertyName}' must not contain control characters.");
}
