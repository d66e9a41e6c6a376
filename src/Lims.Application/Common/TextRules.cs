using FluentValidation;
using Lims.Domain.Common;

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

    /// <summary>An identifier (<see cref="Identifiers"/>): no invisible or direction-changing character.</summary>
    public static IRuleBuilderOptions<T, string?> Identifier<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || !Identifiers.HasHiddenCharacters(text))
            .WithMessage("'{PropertyName}' must not contain invisible or direction-changing characters (zero-width spaces, bidirectional marks, line separators).");

    /// <summary>
    /// Optional; when given, exactly one mailbox <c>local@domain</c>: no display name, no list,
    /// no comment, at most 254 characters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Mailbox<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => string.IsNullOrEmpty(text) || IsOneMailbox(text))
            .WithMessage("'{PropertyName}' must be one e-mail address such as name@example.com.");

    public static bool IsOneMailbox(string text) =>
        text.Length <= 254
        && !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '"')
        && text.Count(c => c == '@') == 1
        && System.Net.Mail.MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal);
}
