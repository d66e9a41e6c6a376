using FluentValidation;
using Lims.Domain.Notifications;

namespace Lims.Application.Features.Notifications;

public sealed class NotificationQueryValidator : AbstractValidator<NotificationQuery>
{
    public NotificationQueryValidator()
    {
        RuleFor(x => x.Status).IsEnumName(typeof(NotificationStatus), caseSensitive: false)
            .When(x => x.Status is not null)
            .WithMessage($"'status' must be one of {string.Join(", ", Enum.GetNames<NotificationStatus>())}.");
        RuleFor(x => x.Kind).IsEnumName(typeof(NotificationKind), caseSensitive: false)
            .When(x => x.Kind is not null)
            .WithMessage($"'kind' must be one of {string.Join(", ", Enum.GetNames<NotificationKind>())}.");
        RuleFor(x => x.CustomerId).NotEqual(Guid.Empty);
    }
}
