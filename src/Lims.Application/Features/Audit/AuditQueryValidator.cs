using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Audit;

public sealed class AuditQueryValidator : AbstractValidator<AuditQuery>
{
    public AuditQueryValidator()
    {
        RuleFor(x => x.Entity).OptionalText(100);
        RuleFor(x => x.Key).OptionalText(200);
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
